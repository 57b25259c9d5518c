package se.tryggve.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import se.tryggve.incidents.Districts;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * The lägesbild PDF/A with its charts and map (generation from the register, PNG rendering, PDF) for a
 * demo-sized register (5,000 incidents in the period) and a large one (50,000). The goal is under 10 s.
 * Prints BENCHMARK lines; figures in docs/performance.md.
 */
@Tag("benchmark")
@IntegrationTest
@Import(TestData.class)
class AssessmentPdfBenchmarkTests {

    @Autowired TestData data;
    @Autowired Assessments assessments;
    @Autowired AssessmentDocument document;
    @Autowired Districts districts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void pdfWithChartsAndMap() {
        String db = TestDatabase.postgresPass() ? "postgresql" : "h2";
        for (int incidents : new int[] {5_000, 50_000}) {
            long m = data.newMunicipality("Bänkby").id();
            districts.importDistricts(m, Districts.DISTRICT, AssessmentMappingTests.DISTRICT);
            long district = districts.districts(m).get(0).id();
            List<Long> categories = jdbc.queryForList("select id from incident_category where municipality_id = ?", Long.class, m);
            Random random = new Random(42);
            List<Object[]> rows = new ArrayList<>();
            OffsetDateTime start = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            for (int i = 0; i < incidents; i++) {
                OffsetDateTime at = start.plusMinutes(random.nextInt(2 * 365 * 24 * 60));
                rows.add(new Object[] {m, categories.get(random.nextInt(categories.size())), at, at,
                        59.196 + random.nextDouble() * 0.048, 17.931 + random.nextDouble() * 0.038, district, at});
            }
            jdbc.batchUpdate("""
                    insert into incident (municipality_id, category_id, status, channel, reported_at, received_at, latitude, longitude,
                           district_id, updated_at) values (?, ?, 'REPORTED', 'STAFF', ?, ?, ?, ?, ?, ?)""", rows);
            AssessmentInputs.Header h = new AssessmentInputs.Header();
            h.setTitle("Lägesbild 2024–2025");
            h.setPeriodFrom(LocalDate.of(2024, 1, 1));
            h.setPeriodTo(LocalDate.of(2025, 12, 31));
            long id = assessments.createAssessment(m, h).id();
            for (int p = 1; p <= 3; p++) {
                AssessmentInputs.Problem problem = new AssessmentInputs.Problem();
                problem.setTitle("Problem " + p);
                long pid = assessments.addProblem(m, id, null, problem).id();
                for (CausePerspective v : CausePerspective.values()) {
                    AssessmentInputs.Cause c = new AssessmentInputs.Cause();
                    c.setPerspective(v);
                    c.setText("Orsak " + v);
                    assessments.addCause(m, id, pid, null, c);
                }
            }
            document.pdf(m, id); // warm-up
            int runs = 3;
            long best = Long.MAX_VALUE;
            long total = 0;
            int size = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                byte[] pdf = document.pdf(m, id);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                best = Math.min(best, ms);
                total += ms;
                size = pdf.length;
            }
            System.out.printf("BENCHMARK assessment_pdf db=%s incidents=%d best_ms=%d mean_ms=%d pdf_kb=%d%n",
                    db, incidents, best, total / runs, size / 1024);
            assertThat(size).isPositive();
        }
    }
}
