package se.tryggve.incidents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmarks' generator: N incidents spread over the ten years 2012–2021 as an import CSV (positions inside
 * four rectangular districts, so the import's point-in-district lookup runs for every row), deterministic.
 */
final class IncidentBenchmarkData {

    static final String HEADER = "reported_at,category,offensive,channel,status,latitude,longitude,address,police_reported,"
            + "police_report_number,removed_at,cost,contractor,description";

    private IncidentBenchmarkData() {
    }

    /** Four districts in a 2 × 2 grid over 17.90–18.10 E, 59.19–59.29 N. */
    static void districts(JdbcClient jdbc, long m) {
        int n = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double w = 17.90 + 0.10 * i;
                double s = 59.19 + 0.05 * j;
                double e = w + 0.10;
                double nn = s + 0.05;
                String geometry = String.format(Locale.ROOT,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}", w, s, e, s, e, nn, w, nn, w, s);
                jdbc.sql("""
                        insert into district (municipality_id, kind, code, name, geometry, min_lon, min_lat, max_lon, max_lat, example)
                        values (:m, 'DISTRICT', :c, :n, :g, :w, :s, :e, :nn, true)""")
                        .param("m", m).param("c", "B" + n).param("n", "Bänkområde " + n++).param("g", geometry)
                        .param("w", w).param("s", s).param("e", e).param("nn", nn).update();
            }
        }
    }

    static Path writeCsv(int rows, long seed) throws IOException {
        Path file = Files.createTempFile("incidents-benchmark-", ".csv");
        Random r = new Random(seed);
        GraffitiGuideline g = GraffitiGuideline.defaults();
        Instant start = LocalDateTime.of(2012, 1, 1, 0, 0).atZone(GraffitiTargets.ZONE).toInstant();
        long span = LocalDateTime.of(2022, 1, 1, 0, 0).atZone(GraffitiTargets.ZONE).toInstant().getEpochSecond() - start.getEpochSecond();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder b = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                b.setLength(0);
                Instant reported = start.plusSeconds((long) (r.nextDouble() * span) / 60 * 60);
                double c = r.nextDouble();
                String category = c < 0.75 ? "graffiti" : c < 0.83 ? "graffiti-offensive" : "vandalism";
                boolean offensive = c >= 0.75 && c < 0.83;
                boolean removed = r.nextDouble() < 0.9;
                b.append(reported).append(',').append(category).append(',').append(offensive ? "ja" : "nej").append(',')
                        .append(r.nextDouble() < 0.3 ? "OPEN311" : "STAFF").append(',').append(removed ? "REMOVED" : "REPORTED").append(',')
                        .append(String.format(Locale.ROOT, "%.5f,%.5f", 59.19 + r.nextDouble() * 0.1, 17.90 + r.nextDouble() * 0.2))
                        .append(",Storgatan ").append(1 + r.nextInt(200)).append(',');
                boolean police = r.nextDouble() < 0.8;
                b.append(police ? "ja" : "nej").append(',');
                if (police) {
                    b.append("5000-K").append(i);
                }
                b.append(',');
                if (removed) {
                    long minutes = 30 + (long) (r.nextDouble() * r.nextDouble() * 6 * 24 * 60);
                    b.append(reported.plusSeconds(minutes * 60)).append(',')
                            .append(500 + r.nextInt(3000)).append(".50,Sanering AB,");
                } else {
                    b.append(",,,");
                }
                b.append("Klotter på fasad");
                b.append('\n');
                w.write(b.toString());
            }
        }
        return file;
    }
}
