package se.tryggve.publication.search;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The GIN index for Swedish full-text search on PostgreSQL: an expression index on
 * {@code to_tsvector('swedish', search_text)}, which the search's {@code @@} uses. H2 has no such index type
 * and the project keeps one SQL for both databases (no per-vendor migration folders), so this one step is a
 * Java migration that does nothing on other databases; there the search matches the stored stems.
 * Registered with Flyway as a bean (Spring Boot passes every {@code JavaMigration} bean to Flyway).
 */
@Component
class V9_61__publication_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
        if (!product.contains("postgres")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create index search_entry_fulltext on search_entry using gin (to_tsvector('swedish', search_text))");
            s.execute("create index search_entry_title_fulltext on search_entry using gin (to_tsvector('swedish', title))");
        }
    }
}
