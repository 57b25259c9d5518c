package se.tryggve.governance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;
import se.tryggve.testing.WebLogin;

/**
 * Speed of the programme overview (target: p95 below 50 ms after warm-up) with 5 areas, 60 goals
 * and 400 activities, built through the use cases. Prints the figures; asserts no timings, since
 * they depend on the machine. Excluded from the normal run (tag "benchmark").
 */
@Tag("benchmark")
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, GovernanceFixture.class})
class ProgrammeOverviewBenchmarkTests {

    static final int AREAS = 5;
    static final int GOALS = 60;
    static final int ACTIVITIES = 400;
    static final int WARM_UP = 300;
    static final int MEASURED = 600;

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceFixture fixture;
    @Autowired
    GovernanceQueries queries;

    @Test
    void rendersTheOverviewOfALargeProgramme() throws Exception {
        GovernanceFixture.World w = fixture.newWorld();
        GoverningDocument doc = w.programme("Stort program");
        List<Long> goals = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            Area area = w.area(doc.id(), "Område " + (a + 1));
            Long parent = null;
            for (int g = 0; g < GOALS / AREAS; g++) {
                // every third goal starts a new branch; the others lie under it
                Goal goal = w.goal(doc.id(), area.id(), g % 3 == 0 ? null : parent, "Mål " + (a + 1) + "." + (g + 1),
                        g % 2 == 0 ? w.depA : w.depB);
                if (g % 3 == 0) {
                    parent = goal.id();
                }
                goals.add(goal.id());
            }
        }
        ActivityStatus[] statuses = ActivityStatus.values();
        for (int i = 0; i < ACTIVITIES; i++) {
            long g1 = goals.get(i % goals.size());
            long g2 = goals.get((i * 7 + 3) % goals.size());
            if (i % 2 == 0) {
                w.activity(doc.id(), "Aktivitet " + (i + 1), statuses[i % statuses.length], i % 3 == 0 ? w.depA : w.depB, g1);
            } else {
                w.activity(doc.id(), "Aktivitet " + (i + 1), statuses[i % statuses.length], i % 3 == 0 ? w.depA : w.depB, g1, g2);
            }
        }
        for (int i = 0; i < 2; i++) {
            w.indicator(doc.id(), null, java.util.Map.of(2021, java.math.BigDecimal.TEN));
        }
        ProgrammeOverview o = queries.overview(w.m, doc.id());
        if (o.goalCount() != GOALS || o.activities().size() != ACTIVITIES) {
            throw new IllegalStateException("benchmark data incomplete");
        }

        MockHttpSession session = WebLogin.as(mvc, w.admin);
        String url = "/programmes/" + doc.id();
        for (int i = 0; i < WARM_UP; i++) {
            mvc.perform(get(url).session(session)).andExpect(status().isOk());
        }
        long[] nanos = new long[MEASURED];
        int bytes = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            var result = mvc.perform(get(url).session(session)).andReturn();
            nanos[i] = System.nanoTime() - start;
            if (result.getResponse().getStatus() != 200) {
                throw new IllegalStateException("status " + result.getResponse().getStatus());
            }
            bytes = result.getResponse().getContentAsByteArray().length;
        }
        Arrays.sort(nanos);
        System.out.printf(java.util.Locale.ROOT,
                "BENCHMARK programme overview (%d areas, %d goals, %d activities) on %s: renders=%d min=%.2f ms median=%.2f ms p95=%.2f ms max=%.2f ms page=%d kB%n",
                AREAS, GOALS, ACTIVITIES, TestDatabase.postgresPass() ? "PostgreSQL" : "H2", MEASURED, ms(nanos[0]),
                ms(nanos[MEASURED / 2]), ms(nanos[(int) Math.ceil(MEASURED * 0.95) - 1]), ms(nanos[MEASURED - 1]),
                bytes / 1024);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
