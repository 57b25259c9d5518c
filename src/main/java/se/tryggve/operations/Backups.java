package se.tryggve.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import se.tryggve.shared.RuleViolationException;

/**
 * Backups of the installation (issue 8). The embedded H2 database is opened by Tryggve's process
 * alone ({@code AUTO_SERVER=FALSE}), so its online backup has to be taken through Tryggve: H2's
 * {@code BACKUP TO} writes a consistent zip of the database while it is in use, into
 * {@code <data-dir>/backups/}. PostgreSQL is backed up outside Tryggve with {@code pg_dump}
 * ({@code bin/backup.sh}); that script records its backup here too, through the status file.
 *
 * <p>The time of the last backup lives in {@code <data-dir>/backup-status.properties}, not in a
 * table: it belongs to the installation, not to a municipality, the scripts write it without a
 * database connection, and every instance reads it from the shared data directory.
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    static final String STATUS_FILE = "backup-status.properties";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("Europe/Stockholm"));

    /** The last backup: when, what kind (h2, postgresql, files) and the file it wrote. */
    public record LastBackup(Instant at, String kind, String file) {
    }

    private final DataSource dataSource;
    private final Path dataDir;
    private final Clock clock;

    Backups(DataSource dataSource, @Value("${tryggve.data-dir:./data}") String dataDir, Clock clock) {
        this.dataSource = dataSource;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** True when the database is H2 with its file in the data directory, the one Tryggve can back up itself. */
    public boolean embeddedDatabase() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().startsWith("H2") && c.getMetaData().getURL().startsWith("jdbc:h2:file:");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * H2's online backup to {@code <data-dir>/backups/tryggve-<time>.zip}. Refused (400) on PostgreSQL
     * and on an in-memory H2: there {@code pg_dump} (bin/backup.sh) is the backup.
     */
    public LastBackup backupEmbeddedDatabase() {
        if (!embeddedDatabase()) {
            throw new RuleViolationException(null, "operations.backup.notEmbedded");
        }
        Instant now = clock.instant();
        Path target = dataDir.resolve("backups").resolve("tryggve-" + FILE_TIME.format(now) + ".zip");
        try {
            Files.createDirectories(target.getParent());
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                // the path is ours (data dir + timestamp), never user input; H2 takes no bind parameter here
                s.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 backup failed", e);
        }
        LastBackup done = new LastBackup(now, "h2", target.toString());
        record(done);
        log.info("Backup of the embedded database written to {}", target);
        return done;
    }

    /** The last backup recorded by Tryggve or by bin/backup.sh, if any. */
    public Optional<LastBackup> last() {
        Path file = dataDir.resolve(STATUS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new LastBackup(Instant.parse(p.getProperty("time").trim()), p.getProperty("kind", ""),
                    p.getProperty("file", "")));
        } catch (IOException | RuntimeException e) {
            log.warn("{} is unreadable: {}", file, e.toString());
            return Optional.empty();
        }
    }

    void record(LastBackup backup) {
        Properties p = new Properties();
        p.setProperty("time", backup.at().toString());
        p.setProperty("kind", backup.kind());
        p.setProperty("file", backup.file());
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, "backup-status", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "written by Tryggve or bin/backup.sh; read by /admin/system");
            }
            Files.move(tmp, dataDir.resolve(STATUS_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
