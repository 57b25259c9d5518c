package se.tryggve.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one instance at a time when several Tryggve instances share the database
 * (issue 8: "scheduled jobs run exactly once across instances"). Every instance's scheduler fires; the
 * first to take the job's row in {@code job_lock} runs it, the others skip this round. Taking the row is one
 * atomic statement ({@code update ... where locked_until <= now}, or the first insert of the name, which the
 * primary key lets only one instance do), so the database, not any process, decides.
 * <p>
 * {@code atMostFor} ends the lock of an instance that died while holding it; {@code atLeastFor} keeps the lock
 * after a quick run so an instance whose scheduler fires a little later (clocks a few seconds apart, a slow
 * start) does not run the same round again. Times are the real time of the machines (kept by NTP), not the
 * application's {@code Clock}, which tests move. The jobs themselves stay idempotent (a reminder is claimed
 * in the database before it is sent), so the lock saves work and noise; it is not the only guard.
 * <p>
 * A hand-written lock rather than ShedLock: one table and two statements, no dependency for a handful of jobs.
 */
@Component
public class JobLock {

    private static final Logger log = LoggerFactory.getLogger(JobLock.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final String instance;

    JobLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        // each statement commits on its own, whatever transaction the caller may be in
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String name = ManagementFactory.getRuntimeMXBean().getName();
        this.instance = (name.length() > 150 ? name.substring(0, 150) : name) + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This instance's name in {@code job_lock.locked_by}: pid@host and a random part. */
    public String instance() {
        return instance;
    }

    /**
     * Runs {@code job} if this instance gets the lock of {@code name}; answers whether it ran. A job that
     * throws still releases the lock (to {@code atLeastFor} after its start).
     */
    public boolean runExclusively(String name, Duration atMostFor, Duration atLeastFor, Runnable job) {
        Instant start = Instant.now();
        if (!tryLock(name, start, atMostFor)) {
            log.debug("Job {} skipped: another instance holds it", name);
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            release(name, start, atLeastFor);
        }
    }

    boolean tryLock(String name, Instant now, Duration atMostFor) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime until = now.plus(atMostFor).atOffset(ZoneOffset.UTC);
        Integer taken = own.execute(s -> jdbc.sql("""
                update job_lock set locked_until = :until, locked_at = :now, locked_by = :by
                 where name = :name and locked_until <= :now""")
                .param("until", until).param("now", at).param("by", instance).param("name", name).update());
        if (taken != null && taken == 1) {
            return true;
        }
        try {
            Integer inserted = own.execute(s -> jdbc.sql("""
                    insert into job_lock (name, locked_until, locked_at, locked_by) values (:name, :until, :now, :by)""")
                    .param("until", until).param("now", at).param("by", instance).param("name", name).update());
            return inserted != null && inserted == 1;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    void release(String name, Instant start, Duration atLeastFor) {
        Instant now = Instant.now();
        Instant until = start.plus(atLeastFor).isAfter(now) ? start.plus(atLeastFor) : now;
        try {
            own.executeWithoutResult(s -> jdbc.sql("update job_lock set locked_until = :until where name = :name and locked_by = :by")
                    .param("until", until.atOffset(ZoneOffset.UTC)).param("name", name).param("by", instance).update());
        } catch (RuntimeException e) {
            // the lock then ends at its atMostFor; the job has run
            log.warn("Job lock {} not released: {}", name, e.toString());
        }
    }
}
