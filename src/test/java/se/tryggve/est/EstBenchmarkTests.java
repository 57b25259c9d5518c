package se.tryggve.est;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.incidents.Districts;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * Compiling a weekly picture for a municipality with 2,000 reports a week over five years (520,000
 * incidents, ten categories, two districts, a few hot-spots) on PostgreSQL. Goal (issue 6): under 1 s.
 * The register is loaded with COPY. Prints BENCHMARK lines; figures in docs/performance.md.
 */
@Tag("benchmark")
@IntegrationTest
@Import(TestData.class)
class EstBenchmarkTests {

    static final int PER_WEEK = 2000;
    static final int WEEKS = 260;
    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Districts districts;
    @Autowired
    EstPictures pictures;
    @Autowired
    EstDocuments documents;

    @Test
    void compilingAWeekWithFiveYearsOfHistoryTakesUnderASecond() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresPass(), "the goal is on PostgreSQL");
        long m = data.newMunicipality("Bänkby EST").id();
        districts.importDistricts(m, null, EstPicturesTests.TWO_DISTRICTS);
        long west = jdbc.sql("select id from district where municipality_id = :m and code = 'west'").param("m", m).query(Long.class).single();
        long east = jdbc.sql("select id from district where municipality_id = :m and code = 'east'").param("m", m).query(Long.class).single();
        for (int i = 0; i < 7; i++) {
            jdbc.sql("insert into incident_category (municipality_id, code, name, guideline, sort_order) values (:m, :c, :n, 'OTHER', :o)")
                    .param("m", m).param("c", "est-" + i).param("n", "EST-kategori " + i).param("o", 100 + i).update();
        }
        List<Long> categories = jdbc.sql("select id from incident_category where municipality_id = :m order by id").param("m", m)
                .query(Long.class).list();

        long t0 = System.nanoTime();
        Path csv = Files.createTempFile("est-bench-", ".csv");
        LocalDate firstMonday = EstPeriod.parseWeek("2021-W01").start();
        Random random = new Random(47);
        double[][] hotspots = {{59.2197, 17.9470}, {59.2372, 17.9835}, {59.2162, 18.0455}};
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int week = 0; week < WEEKS; week++) {
                Instant monday = EstFigures.startOf(firstMonday.plusWeeks(week));
                for (int i = 0; i < PER_WEEK; i++) {
                    Instant at = monday.plusSeconds(random.nextInt(7 * 24 * 3600));
                    double lat;
                    double lon;
                    if (random.nextInt(3) == 0) {
                        double[] h = hotspots[random.nextInt(hotspots.length)];
                        lat = h[0] + random.nextGaussian() * 0.001;
                        lon = h[1] + random.nextGaussian() * 0.002;
                    } else {
                        lat = 59.20 + random.nextDouble() * 0.06;
                        lon = 17.90 + random.nextDouble() * 0.16;
                    }
                    long district = lon < 17.98 ? west : east;
                    String ts = TS.format(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    String status = random.nextInt(50) == 0 ? "DUPLICATE" : "REPORTED";
                    w.write(m + "," + categories.get(random.nextInt(categories.size())) + ",false," + status + ",STAFF," + ts + ","
                            + ts + "," + String.format(Locale.ROOT, "%.6f,%.6f", lat, lon) + "," + district + "," + ts + "\n");
                }
            }
        }
        try (Connection c = dataSource.getConnection(); Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            long rows = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
                    copy incident (municipality_id, category_id, offensive, status, channel, reported_at, received_at,
                                   latitude, longitude, district_id, updated_at) from stdin with (format csv)""", r);
            assertThat(rows).isEqualTo((long) PER_WEEK * WEEKS);
        }
        Files.deleteIfExists(csv);
        jdbc.sql("analyze incident").update();
        System.out.printf(Locale.ROOT, "BENCHMARK est_load incidents=%d seconds=%.1f%n", PER_WEEK * WEEKS, (System.nanoTime() - t0) / 1e9);

        // Warm-up on weeks outside the measured ones (class loading, JIT, plan cache).
        for (int week = 1; week <= 3; week++) {
            pictures.compilePicture(m, EstPeriod.week(2024, week), null);
        }
        List<Double> ms = new ArrayList<>();
        for (int week = 40; week <= 49; week++) {
            long s = System.nanoTime();
            EstPicture p = pictures.compilePicture(m, EstPeriod.week(2025, week), null);
            ms.add((System.nanoTime() - s) / 1e6);
            assertThat(p.figures().total()).isBetween(1800L, 2000L);
            assertThat(p.figures().columns()).hasSize(6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "BENCHMARK est_compile weeks=%d reports_per_week=%d history_incidents=%d p50_ms=%.0f max_ms=%.0f all_ms=%s%n",
                sorted.length, PER_WEEK, PER_WEEK * WEEKS, sorted[sorted.length / 2], sorted[sorted.length - 1],
                Arrays.toString(ms.stream().mapToLong(Math::round).toArray()));

        long s = System.nanoTime();
        EstPicture tertial = pictures.compilePicture(m, EstPeriod.tertial(2025, 3), null);
        System.out.printf(Locale.ROOT, "BENCHMARK est_compile_tertial reports=%d ms=%.0f%n", tertial.figures().total(), (System.nanoTime() - s) / 1e6);

        s = System.nanoTime();
        byte[] pdf = documents.pdf(m, pictures.findPicture(m, EstPeriod.week(2025, 47)).orElseThrow());
        System.out.printf(Locale.ROOT, "BENCHMARK est_pdf week=2025-W47 bytes=%d ms=%.0f%n", pdf.length, (System.nanoTime() - s) / 1e6);
    }
}
