package se.tryggve.operations;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;
import org.springframework.scheduling.config.TaskExecutionOutcome;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.stereotype.Service;

/**
 * The installation's state for the administrator's system page: version, database, Flyway
 * version, last backup, scheduled jobs, uptime and instance. Nothing here belongs to a
 * municipality, and nothing is personal data.
 */
@Service
public class SystemStatus {

    /** A scheduled job of this instance: its schedule and this instance's last and next run. */
    public record Job(String name, String schedule, Instant lastRunHere, String lastOutcome, Instant nextRun) {
    }

    /** A row of the cluster's job-lock table: when which instance last ran the job. */
    public record ClusterLock(String name, Instant lockedAt, Instant lockUntil, String lockedBy) {
    }

    public record State(String version, Instant buildTime, String database, String databaseVersion,
                        String flywayVersion, String flywayDescription, Optional<Backups.LastBackup> lastBackup,
                        List<Job> jobs, Optional<List<ClusterLock>> clusterLocks, Instant startedAt, Duration uptime, String instance, boolean embeddedDatabase) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ObjectProvider<BuildProperties> build;
    private final ObjectProvider<ScheduledTaskHolder> schedulers;
    private final Backups backups;

    SystemStatus(DataSource dataSource, JdbcClient jdbc, ObjectProvider<BuildProperties> build,
                 ObjectProvider<ScheduledTaskHolder> schedulers, Backups backups) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.build = build;
        this.schedulers = schedulers;
        this.backups = backups;
    }

    public State state() {
        BuildProperties b = build.getIfAvailable();
        String product = "?";
        String productVersion = "?";
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            product = md.getDatabaseProductName();
            productVersion = md.getDatabaseProductVersion();
        } catch (Exception e) {
            // the page still shows the rest while the database does not answer
        }
        String[] flyway = flyway();
        long startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        Instant started = Instant.ofEpochMilli(startMillis);
        return new State(b == null ? null : b.getVersion(), b == null ? null : b.getTime(), product, productVersion,
                flyway[0], flyway[1], backups.last(), jobs(), clusterLocks(), started,
                Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()), instance(), backups.embeddedDatabase());
    }

    /** The highest applied migration: what an upgrade starts from (docs/backup-and-upgrade.md). */
    private String[] flyway() {
        try {
            return jdbc.sql("select version, description from flyway_schema_history where success and version is not null "
                            + "order by installed_rank desc limit 1")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                    .orElse(new String[] {null, null});
        } catch (Exception e) {
            return new String[] {null, null};
        }
    }

    private List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (ScheduledTaskHolder holder : schedulers) {
            for (ScheduledTask st : holder.getScheduledTasks()) {
                Task task = st.getTask();
                String schedule;
                if (task instanceof CronTask c) {
                    schedule = "cron " + c.getExpression();
                } else if (task instanceof FixedRateTask r) {
                    schedule = "rate " + r.getIntervalDuration();
                } else if (task instanceof FixedDelayTask d) {
                    schedule = "delay " + d.getIntervalDuration();
                } else {
                    schedule = task.getClass().getSimpleName();
                }
                TaskExecutionOutcome last = task.getLastExecutionOutcome();
                jobs.add(new Job(name(task), schedule, last.executionTime(),
                        last.status() == null ? null : last.status().name(), st.nextExecution()));
            }
        }
        jobs.sort(Comparator.comparing(Job::name));
        return jobs;
    }

    private static String name(Task task) {
        if (task.getRunnable() instanceof ScheduledMethodRunnable m) {
            return m.getMethod().getDeclaringClass().getSimpleName() + "." + m.getMethod().getName();
        }
        String s = task.getRunnable().toString().replaceFirst("^se\\.tryggve\\.", "");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    /**
     * The job locks ({@code job_lock} of {@code shared.JobLock}: name, locked_until, locked_at, locked_by): the
     * last run of each job anywhere in the cluster (several instances, issue 8). Empty when the table is not
     * there or cannot be read; the page then says "okänd".
     */
    private Optional<List<ClusterLock>> clusterLocks() {
        try {
            boolean exists = jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'job_lock' "
                    + "and lower(table_schema) = lower(current_schema())").query(Long.class).single() > 0;
            if (!exists) {
                return Optional.empty();
            }
            return Optional.of(jdbc.sql("select name, locked_at, locked_until, locked_by from job_lock order by name")
                    .query((rs, n) -> new ClusterLock(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                            rs.getString(4)))
                    .list());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The instance: in Kubernetes the pod's name (HOSTNAME), elsewhere the host name, with the process id. */
    static String instance() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "?";
            }
        }
        return host + " (pid " + ProcessHandle.current().pid() + ")";
    }
}
