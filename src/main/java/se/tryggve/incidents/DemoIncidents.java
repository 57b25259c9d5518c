package se.tryggve.incidents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.tryggve.organisation.Municipalities;

/**
 * Demo data: about 5,000 generated incidents in Huddinge over 2018–2021 (example data, fixed seed, so every
 * demo start looks the same), so that the 2021 report's graffiti section has real figures and trends. More
 * reports in spring and summer; most removed within the target, a falling share late; costs per removal
 * falling toward the cost target (half of 2018–2019); more reports by app over the years; about a third of
 * the reports around four hotspots. Written through the CSV import (one job, "exempel"), which also looks up
 * the districts of {@code DemoDistricts} (order 60) and refreshes the statistics.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoIncidents implements ApplicationRunner {

    static final String FILE_NAME = "exempel-incidenter-2018-2021.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoIncidents.class);
    private static final int[] PER_YEAR = {1400, 1350, 1200, 1100};
    private static final double[] SEASON = {0.5, 0.5, 0.8, 1.2, 1.4, 1.5, 1.3, 1.3, 1.0, 0.8, 0.6, 0.4};
    /** Mean cost of one graffiti removal per year, SEK (example values). */
    private static final int[] COST = {2400, 2300, 1700, 1250};
    /** Share of ordinary graffiti removed within 48 h per year. */
    private static final double[] WITHIN = {0.78, 0.82, 0.80, 0.88};
    /** Places in Huddinge the reports spread around (approximate centres, WGS84). */
    private static final double[][] PLACES = {
            {59.2365, 17.9820}, {59.2195, 17.9460}, {59.2170, 18.0660}, {59.2250, 18.0950}, {59.2680, 17.9160},
            {59.2590, 18.0420}, {59.2720, 17.9530}, {59.2000, 18.0100}};
    private static final double[][] HOTSPOTS = {{59.2197, 17.9470}, {59.2372, 17.9835}, {59.2692, 17.9172}, {59.2162, 18.0655}};

    private final IncidentImports imports;
    private final Municipalities municipalities;
    private final JdbcClient jdbc;
    private final String code;

    DemoIncidents(IncidentImports imports, Municipalities municipalities, JdbcClient jdbc,
                  @Value("${tryggve.setup.municipality-code}") String code) {
        this.imports = imports;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.code = code;
    }

    @Override
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        long existing = jdbc.sql("select count(*) from incident where municipality_id = :m").param("m", m).query(Long.class).single();
        long categories = jdbc.sql("select count(*) from incident_category where municipality_id = :m and code in ('graffiti', 'graffiti-offensive', 'vandalism')")
                .param("m", m).query(Long.class).single();
        if (existing > 0 || categories < 3) {
            return;
        }
        try {
            Path file = Files.createTempFile("tryggve-demo-incidents-", ".csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(w);
            }
            IncidentImportJob job = imports.importNow(m, "demo", FILE_NAME, file, IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
            log.info("Demo incidents: {} imported ({})", job.importedRows(), job.status());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated CSV; deterministic. */
    static void write(Writer w) throws IOException {
        Random r = new Random(20211231L);
        GraffitiGuideline g = GraffitiGuideline.defaults();
        w.write("reported_at,category,offensive,channel,status,latitude,longitude,address,police_reported,police_report_number,removed_at,cost,contractor\n");
        int serial = 1;
        for (int yi = 0; yi < PER_YEAR.length; yi++) {
            int year = 2018 + yi;
            double seasonSum = 0;
            for (double s : SEASON) {
                seasonSum += s;
            }
            for (int month = 1; month <= 12; month++) {
                int n = (int) Math.round(PER_YEAR[yi] * SEASON[month - 1] / seasonSum);
                LocalDate first = LocalDate.of(year, month, 1);
                for (int i = 0; i < n; i++) {
                    LocalDateTime t = first.plusDays(r.nextInt(first.lengthOfMonth())).atTime(7 + r.nextInt(15), r.nextInt(4) * 15);
                    Instant reported = t.atZone(GraffitiTargets.ZONE).toInstant();
                    double c = r.nextDouble();
                    String category = c < 0.75 ? "graffiti" : c < 0.83 ? "graffiti-offensive" : "vandalism";
                    boolean offensive = category.equals("graffiti-offensive");
                    boolean graffiti = !category.equals("vandalism");
                    double[] at = r.nextDouble() < 0.33 ? HOTSPOTS[r.nextInt(HOTSPOTS.length)] : PLACES[r.nextInt(PLACES.length)];
                    double spread = at.length == 2 && isHotspot(at) ? 0.0012 : 0.012;
                    double lat = at[0] + r.nextGaussian() * spread;
                    double lon = at[1] + r.nextGaussian() * spread * 1.9;
                    double ch = r.nextDouble();
                    double app = 0.10 + 0.10 * yi;
                    String channel = ch < app ? "OPEN311" : ch < app + 0.15 ? "WEB_FORM" : ch < app + 0.40 ? "PHONE" : ch < 0.95 ? "STAFF" : "POLICE";
                    String status;
                    Instant removed = null;
                    double s = r.nextDouble();
                    if (s < 0.01) {
                        status = "DUPLICATE";
                    } else if (s < 0.06) {
                        status = "NOT_OUR_PROPERTY";
                    } else if (!graffiti && s > 0.75) {
                        status = "CLOSED";
                    } else {
                        status = "REMOVED";
                        Instant deadline = GraffitiTargets.deadline(g, reported, offensive);
                        long window = Duration.between(reported, deadline).toMinutes();
                        boolean within = r.nextDouble() < (offensive ? WITHIN[yi] - 0.05 : WITHIN[yi]);
                        long minutes = within ? 60 + (long) (r.nextDouble() * (window - 60))
                                : window + 30 + (long) (r.nextDouble() * 72 * 60);
                        removed = reported.plus(Duration.ofMinutes(minutes / 15 * 15));
                    }
                    boolean police = offensive || (graffiti && r.nextDouble() < 0.82) || (!graffiti && r.nextDouble() < 0.5);
                    String policeNumber = police && r.nextDouble() < 0.7 ? "5000-K" + (serial++) + "-" + (year % 100) : "";
                    String cost = "";
                    String contractor = "";
                    if (removed != null) {
                        double amount = COST[yi] * (0.5 + r.nextDouble()) * (graffiti ? 1 : 1.6);
                        cost = String.format(Locale.ROOT, "%.2f", amount);
                        contractor = r.nextBoolean() ? "Saneringsbolaget i Huddinge AB (exempel)" : "Klotterfritt Söder AB (exempel)";
                    }
                    w.write(String.join(",", reported.toString(), category, offensive ? "ja" : "nej", channel, status,
                            String.format(Locale.ROOT, "%.6f", lat), String.format(Locale.ROOT, "%.6f", lon), "",
                            police ? "ja" : "nej", policeNumber, removed == null ? "" : removed.toString(), cost,
                            contractor.isEmpty() ? "" : "\"" + contractor + "\""));
                    w.write('\n');
                }
            }
        }
    }

    private static boolean isHotspot(double[] at) {
        for (double[] h : HOTSPOTS) {
            if (h == at) {
                return true;
            }
        }
        return false;
    }
}
