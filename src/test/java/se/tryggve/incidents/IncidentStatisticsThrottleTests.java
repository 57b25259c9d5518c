package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Issue 8 (soak): the statistics refresh the months with changes at most once per interval for reads
 * ({@code tryggve.incidents.statistics-refresh-interval}; the test profile refreshes before every read, so this
 * test sets an interval and a clock of its own). The first read after a quiet spell sees every change; a read
 * within the interval answers with the last figures, and a background refresh follows when it is up.
 */
@IntegrationTest
@org.springframework.context.annotation.Import(TestData.class)
class IncidentStatisticsThrottleTests {

    @Autowired
    IncidentStatistics statistics;
    @Autowired
    IncidentStatisticsRollup rollup;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    IncidentStatsFixture f;
    long m;
    long g;

    @BeforeEach
    void data() {
        f = new IncidentStatsFixture(jdbc);
        m = testData.newMunicipality("Strypby").id();
        g = f.category(m, "t-klotter", "Klotter", "GRAFFITI", false);
        rollup.readRefresh(Duration.ofSeconds(60), now::get);
    }

    @AfterEach
    void restore() {
        rollup.readRefresh(Duration.ZERO, System::nanoTime);
    }

    void report(String day) {
        f.incident(m, g, false, null, Instant.parse(day + "T10:00:00Z"), null, "REPORTED", "OPEN311", false, null, null);
        rollup.markAllDirty(m);
    }

    int reports() {
        return statistics.statistics(m, IncidentStatistics.Filter.ofYear(2021)).total().reports();
    }

    @Test
    void aReadWithinTheIntervalAnswersTheLastFiguresAndABackgroundRefreshFollows() throws Exception {
        report("2021-03-10");
        assertThat(reports()).as("the first read refreshes at once").isEqualTo(1);

        report("2021-03-11");
        now.addAndGet(Duration.ofSeconds(59).toNanos()); // the background refresh is due in one (real) second
        assertThat(reports()).as("within the interval: the last figures").isEqualTo(1);

        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (rollup.hasDirty(m) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(rollup.hasDirty(m)).as("refreshed in the background").isFalse();
        assertThat(reports()).isEqualTo(2);
    }

    @Test
    void aReadAfterTheIntervalRefreshesAtOnce() {
        report("2021-03-10");
        assertThat(reports()).isEqualTo(1);
        report("2021-03-11");
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(reports()).isEqualTo(2);
    }
}
