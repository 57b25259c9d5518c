package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.governance.Activity;
import se.tryggve.governance.ActivityData;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.Area;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.Direction;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GoalData;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.governance.IndicatorData;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * Speed of the follow-up report for a large document (5 areas, 60 goals, 400 activities, 20 indicators
 * with 10 years of values, two earlier approved years): HTML (target: median below 300 ms) and PDF
 * (target: median below 3 s) over the API after warm-up, and the PDF rendered in a child JVM limited to
 * 256 MB of heap. Prints BENCHMARK lines; asserts no timings (they depend on the machine), only that
 * the small-heap run succeeds. Excluded from the normal run (tag "benchmark").
 */
@Tag("benchmark")
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class ReportBenchmarkTests {

    static final int AREAS = 5;
    static final int GOALS = 60;
    static final int ACTIVITIES = 400;
    static final int INDICATORS = 20;
    static final int YEARS = 10;
    static final int LAST_YEAR = 2021;

    @Autowired
    MockMvc mvc;
    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;
    @Autowired
    IndicatorValues values;
    @Autowired
    FollowUpReports reports;
    @Autowired
    ReportHtml html;
    @Autowired
    ReportCharts charts;

    /** The large report world: the municipality, its coordinator and the follow-up of the last year. */
    record Big(long m, String coordinator, long followUpId) {
    }

    Big bigReport() {
        FollowUpFixture.World w = fixture.newWorld();
        var gov = fixture.governance;
        GoverningDocument doc = gov.createDocument(w.m, new DocumentData(DocumentKind.PROGRAMME, "Program för trygghet och säkerhet 2012–2021",
                LocalDate.of(LAST_YEAR - YEARS + 1, 1, 1), LocalDate.of(LAST_YEAR, 12, 31), "En trygg och säker kommun", Set.of(), null));
        List<Goal> goals = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            Area area = gov.addArea(w.m, doc.id(), new AreaData("Insatsområde " + (a + 1) + ": trygghet i offentlig miljö",
                    "Delmål " + (a + 1) + ": färre brott och ökad upplevd trygghet i stadsdelarna", null));
            for (int g = 0; g < GOALS / AREAS; g++) {
                goals.add(gov.addGoal(w.m, doc.id(), new GoalData(area.id(), null, "Mål " + (a + 1) + "." + (g + 1) + " – ökad trygghet",
                        "Förvaltningarna samverkar med polis och föreningsliv för att öka tryggheten.",
                        g % 3 == 0 ? Set.of(w.depA, w.depB) : Set.of(g % 2 == 0 ? w.depA : w.depB), false, null)));
            }
        }
        ActivityStatus[] statuses = ActivityStatus.values();
        for (int i = 0; i < ACTIVITIES; i++) {
            Set<Long> goalIds = i % 2 == 0 ? Set.of(goals.get(i % GOALS).id())
                    : Set.of(goals.get(i % GOALS).id(), goals.get((i * 7 + 3) % GOALS).id());
            gov.createActivity(w.m, new ActivityData(doc.id(), "Aktivitet " + (i + 1) + ": trygghetsvandring", null, goalIds,
                    i % 3 == 0 ? w.depA : w.depB, LAST_YEAR - 3, LAST_YEAR, statuses[i % 2], null, false, null));
        }
        for (int i = 0; i < INDICATORS; i++) {
            Map<Integer, BigDecimal> targets = new HashMap<>();
            for (int y = LAST_YEAR - 4; y <= LAST_YEAR; y++) {
                targets.put(y, BigDecimal.valueOf(900 - (y - LAST_YEAR + 4) * 20L));
            }
            Indicator ind = gov.addIndicator(w.m, doc.id(), new IndicatorData(goals.get(i * 3).id(), "Indikator " + (i + 1) + ": anmälda brott per 100 000 invånare",
                    "antal", Direction.LOWER_IS_BETTER, IndicatorSource.OWN, null, LAST_YEAR - YEARS, BigDecimal.valueOf(1100), targets, null));
            for (int y = LAST_YEAR - YEARS + 1; y <= LAST_YEAR; y++) {
                boolean missing = (y + i) % 7 == 0;
                values.recordValue(w.m, ind.id(), y, missing ? null : BigDecimal.valueOf(1000 - (y - 2012) * 15L + i * 3L + (y % 3) * 7L),
                        missing ? "Mätningen gjordes inte det året" : null, IndicatorValue.Source.ENTERED, null);
            }
        }
        long last = 0;
        for (int year = LAST_YEAR - 2; year <= LAST_YEAR; year++) {
            last = filledFollowUp(w, doc, year, year < LAST_YEAR);
        }
        return new Big(w.m, w.coordinator, last);
    }

    long filledFollowUp(FollowUpFixture.World w, GoverningDocument doc, int year, boolean approve) {
        Judgement[] judgements = {Judgement.MET, Judgement.PARTLY_MET, Judgement.NOT_MET};
        FollowUp f = followUps.openFollowUp(w.m, doc.id(), year, LocalDate.of(year + 1, 2, 1), "Året präglades av pandemin.");
        for (DepartmentPart p : followUps.parts(w.m, f.id())) {
            List<GoalReport> goals = new ArrayList<>();
            for (GoalReport g : p.goals()) {
                goals.add(new GoalReport(g.goalId(), "Under året genomfördes trygghetsvandringar, utbildningar och samverkansmöten "
                        + "med polisen och föreningslivet i flera stadsdelar.", judgements[(int) ((g.goalId() + year) % 3)]));
            }
            List<ActivityReport> activities = new ArrayList<>();
            for (ActivityReport a : p.activities()) {
                activities.add(new ActivityReport(a.activityId(), a.status(), "Genomfört enligt plan; fyra tillfällen under året."));
            }
            followUps.updatePart(w.m, f.id(), p.id(), p.version(), goals, activities);
            followUps.submitPart(w.m, f.id(), p.id());
            followUps.acceptPart(w.m, f.id(), p.id());
        }
        FollowUp current = followUps.followUp(w.m, f.id());
        followUps.writeSummary(w.m, f.id(), current.version(), "Arbetet har i huvudsak gått enligt plan.", Judgement.PARTLY_MET,
                followUps.lastYearOfPeriod(w.m, current) ? Judgement.PARTLY_MET : null);
        if (approve) {
            followUps.approveFollowUp(w.m, f.id(), null);
        }
        return f.id();
    }

    @Test
    void reportOfALargeDocument() throws Exception {
        Big big = bigReport();
        FollowUpReport report = reports.assemble(big.m(), big.followUpId());
        assertThat(report.areas().stream().mapToInt(a -> a.goals().size()).sum()).isEqualTo(GOALS);
        assertThat(report.indicators()).hasSize(INDICATORS);
        assertThat(report.years()).hasSize(3);
        String db = TestDatabase.postgresPass() ? "postgresql" : "h2";
        String base = "/api/v1/follow-ups/" + big.followUpId();

        measure("report_assemble", db, 20, 41, () -> {
            reports.assemble(big.m(), big.followUpId());
            return null;
        });
        measure("report_charts_uncached", db, 10, 21, () -> {
            report.indicators().forEach(charts::render);
            return null;
        });
        measure("report_template", db, 20, 41, () -> html.standalone(report, false).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int[] size = new int[1];
        measure("report_html", db, 20, 41, () -> {
            byte[] body = mvc.perform(get(base + "/report.html").with(httpBasic(big.coordinator(), TestData.PASSWORD)))
                    .andReturn().getResponse().getContentAsByteArray();
            size[0] = body.length;
            return body;
        });
        System.out.printf("BENCHMARK report_html db=%s html_kb=%d%n", db, size[0] / 1024);
        measure("report_pdf", db, 3, 9, () -> {
            byte[] body = mvc.perform(get(base + "/report.pdf").with(httpBasic(big.coordinator(), TestData.PASSWORD)))
                    .andReturn().getResponse().getContentAsByteArray();
            size[0] = body.length;
            return body;
        });
        System.out.printf("BENCHMARK report_pdf db=%s pdf_kb=%d%n", db, size[0] / 1024);
        // DOCX and XLSX renderers measure themselves the same way: measure("report_docx", db, …) on this report.

        smallHeapPdf(html.standalone(report, true), db);
    }

    /** Renders the PDF in a child JVM with -Xmx256m on the test classpath; it must succeed. */
    void smallHeapPdf(String xhtml, String db) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path in = dir.resolve("report-big.xhtml");
        Path out = dir.resolve("report-big.pdf");
        Files.writeString(in, xhtml);
        Files.deleteIfExists(out);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xmx256m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), ReportPdfChild.class.getName(), in.toString(), out.toString(), "3")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        output.lines().filter(l -> l.startsWith("CHILD")).forEach(l -> System.out.println("BENCHMARK report_pdf_256m db=" + db + " " + l));
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(Files.size(out)).isPositive();
    }

    /**
     * Prints the wall-clock times and the CPU time of the measuring thread (which does all the work of a
     * MockMvc request): on a shared, busy machine the CPU time shows what the work costs without the wait.
     */
    static void measure(String name, String db, int warmUp, int runs, Callable<byte[]> call) throws Exception {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp; i++) {
            call.call();
        }
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            call.call();
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(java.util.Locale.ROOT,
                "BENCHMARK %s db=%s runs=%d warm_up=%d min_ms=%.1f median_ms=%.1f max_ms=%.1f median_cpu_ms=%.1f load_average=%.1f%n",
                name, db, runs, warmUp, nanos[0] / 1e6, nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
