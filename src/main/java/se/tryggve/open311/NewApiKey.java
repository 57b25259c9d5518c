package se.tryggve.open311;

/**
 * A key just created: {@code key} is shown this once; only its hash is kept. Serializable because the admin page
 * hands it to the next page as a flash attribute, which rides in the login session (stored in the database with
 * Spring Session JDBC, issue 8) until that next request takes it out.
 */
public record NewApiKey(ApiKeyInfo info, String key) implements java.io.Serializable {
}
