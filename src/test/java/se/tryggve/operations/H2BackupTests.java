package se.tryggve.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.tryggve.shared.RuleViolationException;

/**
 * The embedded database's online backup (H2's BACKUP TO, issue 8): taken while the database is open,
 * restored by unpacking the zip into an empty data directory, and the rows are there; the time is
 * recorded for /admin/system. An in-memory database is refused with a message, not a 500.
 */
class H2BackupTests {

    @TempDir
    Path tmp;

    static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE";

    @Test
    void onlineBackupOfTheOpenDatabaseIsRestoredByUnpackingTheZip() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:file:" + data.resolve("tryggve") + OPTIONS, "tryggve", "");
        JdbcClient db = JdbcClient.create(ds);
        db.sql("create table incident (id bigint primary key, municipality_id bigint not null, status varchar(20))").update();
        for (int i = 1; i <= 25; i++) {
            db.sql("insert into incident values (:i, 1, 'REPORTED')").param("i", i).update();
        }
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:15:30Z"), ZoneOffset.UTC);
        Backups backups = new Backups(ds, data.toString(), clock);
        assertThat(backups.embeddedDatabase()).isTrue();
        assertThat(backups.last()).isEmpty();

        Backups.LastBackup done = backups.backupEmbeddedDatabase();
        assertThat(done.file()).endsWith("backups/tryggve-20261202-111530.zip");
        assertThat(backups.last()).contains(done);
        db.sql("insert into incident values (26, 1, 'AFTER')").update();   // still open and writable

        Path restored = Files.createDirectories(tmp.resolve("restored"));
        try (InputStream in = Files.newInputStream(Path.of(done.file())); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Files.copy(zip, restored.resolve(e.getName()));
            }
        }
        JdbcClient back = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:file:" + restored.resolve("tryggve") + OPTIONS, "tryggve", ""));
        assertThat(back.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(25L);
        back.sql("shutdown").update();
        db.sql("shutdown").update();
    }

    @Test
    void anInMemoryDatabaseIsRefusedWithAMessage() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:b" + System.nanoTime() + OPTIONS, "sa", "");
        Backups backups = new Backups(ds, tmp.toString(), Clock.systemUTC());
        assertThatThrownBy(backups::backupEmbeddedDatabase).isInstanceOf(RuleViolationException.class);
    }
}
