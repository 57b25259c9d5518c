package se.tryggve.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import se.tryggve.testing.IntegrationTest;

/**
 * The job lock that lets one of several instances run a scheduled job (issue 8). Each {@link JobLock} made
 * here stands for one instance: same database, own name.
 */
@IntegrationTest
class JobLockTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    JobLock instance() {
        return new JobLock(jdbc, transactions);
    }

    @Test
    void oneInstanceHoldsTheJobTheOthersSkipUntilItEnds() {
        JobLock a = instance();
        JobLock b = instance();
        AtomicInteger runs = new AtomicInteger();
        // while A runs, B skips
        boolean ranA = a.runExclusively("test-job-1", Duration.ofMinutes(5), Duration.ZERO, () -> {
            runs.incrementAndGet();
            assertThat(b.runExclusively("test-job-1", Duration.ofMinutes(5), Duration.ZERO, runs::incrementAndGet)).isFalse();
        });
        assertThat(ranA).isTrue();
        assertThat(runs).hasValue(1);
        // released (no atLeastFor): B may run the next round
        assertThat(b.runExclusively("test-job-1", Duration.ofMinutes(5), Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
        assertThat(jdbc.sql("select locked_by from job_lock where name = 'test-job-1'").query(String.class).single())
                .isEqualTo(b.instance());
    }

    @Test
    void atLeastForKeepsAQuickRoundFromRunningAgainElsewhere() {
        JobLock a = instance();
        JobLock b = instance();
        assertThat(a.runExclusively("test-job-2", Duration.ofMinutes(5), Duration.ofMinutes(1), () -> { })).isTrue();
        assertThat(b.runExclusively("test-job-2", Duration.ofMinutes(5), Duration.ofMinutes(1), () -> { })).isFalse();
        assertThat(a.runExclusively("test-job-2", Duration.ofMinutes(5), Duration.ofMinutes(1), () -> { })).isFalse();
    }

    @Test
    void theLockOfAnInstanceThatDiedEndsAtAtMostFor() {
        JobLock dead = instance();
        // took the lock a while ago and never released it
        assertThat(dead.tryLock("test-job-3", Instant.now().minus(Duration.ofMinutes(10)), Duration.ofMinutes(5))).isTrue();
        assertThat(instance().runExclusively("test-job-3", Duration.ofMinutes(5), Duration.ZERO, () -> { })).isTrue();
        // and one that still holds it within atMostFor keeps it
        assertThat(dead.tryLock("test-job-4", Instant.now(), Duration.ofMinutes(5))).isTrue();
        assertThat(instance().runExclusively("test-job-4", Duration.ofMinutes(5), Duration.ZERO, () -> { })).isFalse();
    }

    @Test
    void aJobThatFailsStillReleasesTheLock() {
        JobLock a = instance();
        try {
            a.runExclusively("test-job-5", Duration.ofMinutes(5), Duration.ZERO, () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the job's own failure is the caller's
        }
        assertThat(instance().runExclusively("test-job-5", Duration.ofMinutes(5), Duration.ZERO, () -> { })).isTrue();
    }

    @Test
    void manyInstancesFiringTogetherRunTheRoundOnce() throws Exception {
        int n = 8;
        List<JobLock> instances = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            instances.add(instance());
        }
        for (String job : List.of("test-job-6", "test-job-7")) { // the first round inserts the row, the second updates it
            if (job.equals("test-job-7")) {
                instances.get(0).tryLock(job, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(1));
            }
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (JobLock lock : instances) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return lock.runExclusively(job, Duration.ofMinutes(5), Duration.ofMinutes(1), runs::incrementAndGet);
                    }));
                }
                start.countDown();
                int ran = 0;
                for (Future<Boolean> r : results) {
                    ran += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(ran).as(job).isEqualTo(1);
                assertThat(runs).as(job).hasValue(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
