package se.tryggve.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestDatabase;

/**
 * Issue 8: the documented commands bin/backup.sh (pg_dump -Fc plus the data directory) and
 * bin/restore.sh (pg_restore into an empty database) bring the whole demo back: every table has
 * as many rows as before, and the programmes, follow-ups, cases, minutes and incidents are found
 * again with their values. PostgreSQL only (the H2 backup goes through the running application,
 * see OperationsWebTests and docs/backup-and-upgrade.md).
 */
@IntegrationTest(properties = "tryggve.demo.enabled=true")
@org.junit.jupiter.api.Tag("postgres-only")
class BackupRestoreTests {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path tmp;

    static final List<String> SAMPLES = List.of(
            "select title from governing_document order by id",
            "select report_year || ':' || status from follow_up order by id",
            "select case_number || ':' || title from case_file order by id",
            "select meeting_id || ':' || number || ':' || label || ':' || title from meeting_paragraph order by id",
            "select id || ':' || category_id || ':' || status from incident order by id");

    @Test
    void theDemoBackedUpWithTheScriptIsFoundAgainAfterARestoreIntoAnEmptyDatabase() throws Exception {
        String schema = jdbc.sql("select current_schema()").query(String.class).single();
        Map<String, Long> before = counts(jdbc, schema);
        assertThat(before.get("governing_document")).isPositive();
        assertThat(before.get("follow_up")).isPositive();
        assertThat(before.get("case_file")).isPositive();
        assertThat(before.get("meeting")).isPositive();
        assertThat(before.get("incident")).isPositive();

        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("annex-upload.txt"), "en uppladdad fil");
        Path backups = tmp.resolve("backups");
        String base = TestDatabase.pgUrl().replaceFirst("\\?.*$", "");
        List<String> out = run(Map.of("SPRING_DATASOURCE_URL", base, "PG_DUMP_OPTS", "-n " + schema,
                "TRYGGVE_DATA_DIR", data.toString()), "bin/backup.sh", backups.toString());
        String dump = out.get(out.size() - 2);
        String files = out.get(out.size() - 1);
        assertThat(Files.size(Path.of(dump))).isPositive();
        assertThat(Files.readString(data.resolve("backup-status.properties"))).contains("kind=postgresql").contains(dump);

        String restoreDb = "tg_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("create database " + restoreDb);
        try {
            Path restoredData = tmp.resolve("restored");
            String restoreUrl = base.substring(0, base.lastIndexOf('/') + 1) + restoreDb;
            run(Map.of("SPRING_DATASOURCE_URL", restoreUrl, "TRYGGVE_DATA_DIR", restoredData.toString()),
                    "bin/restore.sh", dump, files);
            assertThat(Files.readString(restoredData.resolve("annex-upload.txt"))).isEqualTo("en uppladdad fil");

            try (Connection c = DriverManager.getConnection(restoreUrl + "?currentSchema=" + schema,
                    TestDatabase.pgUser(), TestDatabase.pgPassword())) {
                JdbcClient restored = JdbcClient.create(new SingleConnectionDataSource(c, true));
                assertThat(counts(restored, schema)).isEqualTo(before);
                for (String sql : SAMPLES) {
                    assertThat(restored.sql(sql).query(String.class).list()).as(sql)
                            .isNotEmpty().isEqualTo(jdbc.sql(sql).query(String.class).list());
                }
                // the case with the follow-up report as annex 1, and its PDF bytes
                assertThat(restored.sql("select count(*) from case_document where content is not null").query(Long.class).single())
                        .isEqualTo(jdbc.sql("select count(*) from case_document where content is not null").query(Long.class).single());
            }
        } finally {
            admin("drop database if exists " + restoreDb + " with (force)");
        }
    }

    static Map<String, Long> counts(JdbcClient db, String schema) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : db.sql("select table_name from information_schema.tables where table_schema = :s and table_type = 'BASE TABLE'")
                .param("s", schema).query(String.class).list()) {
            counts.put(table, db.sql("select count(*) from " + schema + "." + table).query(Long.class).single());
        }
        return counts;
    }

    static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword())) {
            c.createStatement().execute(sql);
        }
    }

    static List<String> run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("SPRING_DATASOURCE_USERNAME", TestDatabase.pgUser());
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", TestDatabase.pgPassword());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output.lines().toList();
    }
}
