package se.tryggve.open311;

/** A key just created: {@code key} is shown this once and never stored; only its hash is. */
public record NewApiKey(ApiKeyInfo info, String key) {
}
