package se.tryggve.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.cases.CaseDirectory;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;

/**
 * Issue 8, upgrades: Flyway migrations run forward only and are tested from the previous release's
 * schema WITH data. There are no release tags; the previous release is the schema at Flyway
 * version 9.61, the last migration before issue 8 (docs/backup-and-upgrade.md). This context
 * starts an empty database migrated only to 9.61 and fills it with the demo (the seeders work at
 * that schema); the test then migrates to the latest version, as a new release does at start-up,
 * and checks that every row is still there and the application's queries still answer.
 * When the demo seeders one day need a newer schema, seed 9.61 with SQL here instead.
 */
@IntegrationTest(properties = {"spring.flyway.target=9.61", "tryggve.demo.enabled=true"})
class FlywayUpgradeTests {

    static final MigrationVersion PREVIOUS_RELEASE = MigrationVersion.fromVersion("9.61");

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseDirectory cases;
    @Autowired
    GovernanceQueries governance;
    @Autowired
    Municipalities municipalities;

    @Test
    void theSchemaOfThePreviousReleaseWithDataMigratesToTheLatestWithTheDataIntact() {
        assertThat(flyway.info().current().getVersion()).isEqualTo(PREVIOUS_RELEASE);
        Map<String, Long> before = counts();
        assertThat(before.get("follow_up")).isPositive();
        assertThat(before.get("incident")).isPositive();
        String programmeTitles = String.join("|", jdbc.sql("select title from governing_document order by id").query(String.class).list());

        // what a new release does at start-up: the pending migrations, in order, forward only
        Flyway latest = Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.LATEST).load();
        int pending = latest.info().pending().length;
        latest.migrate();
        MigrationInfo[] applied = latest.info().applied();
        assertThat(latest.info().pending()).isEmpty();
        assertThat(applied[applied.length - 1].getVersion()).isGreaterThanOrEqualTo(PREVIOUS_RELEASE);
        assertThat(latest.validateWithResult().validationSuccessful).isTrue();

        Map<String, Long> after = counts();
        before.forEach((table, count) -> assertThat(after.get(table)).as(table + " after " + pending + " migration(s)")
                .isGreaterThanOrEqualTo(count));
        assertThat(String.join("|", jdbc.sql("select title from governing_document order by id").query(String.class).list()))
                .isEqualTo(programmeTitles);

        long m = municipalities.findByCode("0126").orElseThrow().id();
        assertThat(cases.findCaseByNumber(m, "KS-2022/177.173")).isPresent();
        assertThat(governance.listDocuments(m)).isNotEmpty();
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = lower(current_schema()) "
                        + "and table_type in ('BASE TABLE', 'TABLE') and table_name <> 'flyway_schema_history'")
                .query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
