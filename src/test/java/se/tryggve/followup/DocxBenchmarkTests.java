package se.tryggve.followup;

import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed of the DOCX (target: median below 1 s after warm-up) and the XLSX of a large follow-up: 5 areas,
 * 60 goals, 400 activities, 20 indicators × 10 years, with the real trend charts. The model is built in
 * memory, so the figures are the renderers' alone; the DOCX is measured with the charts drawn afresh and with
 * them taken from ReportCharts' cache. Prints them; asserts no timings, since they depend on
 * the machine. Excluded from the normal run (tag "benchmark").
 */
@Tag("benchmark")
class DocxBenchmarkTests {

    static final int WARM_UP = 15;
    static final int MEASURED = 30;

    @Test
    void rendersTheReportOfALargeProgramme() {
        FollowUpReport report = ReportSamples.big(5, 60, 400, 20, 10);
        ReportCharts charts = new ReportCharts(ReportSamples.messages());
        ReportDocx cached = new ReportDocx(ReportSamples.messages(), charts);
        ReportXlsx xlsx = new ReportXlsx(ReportSamples.messages());
        // the 20 charts drawn on their own, to tell the drawing from the document
        measure("charts", () -> {
            int n = 0;
            for (FollowUpReport.IndicatorSection i : report.indicators()) {
                n += charts.render(i).length;
            }
            return new byte[n];
        });
        // a first download draws every chart; ReportCharts keeps them, so the preview, PDF and a second
        // download of the same report reuse them
        measure("docx charts drawn", () -> new ReportDocx(ReportSamples.messages(), new ReportCharts(ReportSamples.messages()))
                .render(report));
        measure("docx charts cached", () -> cached.render(report));
        measure("xlsx", () -> xlsx.render(report));
    }

    private static void measure(String name, java.util.function.Supplier<byte[]> render) {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = render.get().length;
        }
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            render.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("BENCHMARK follow-up report %s (5 areas, 60 goals, 400 activities, 20 indicators x 10 years) "
                        + "size_kb=%d median_ms=%.1f p95_ms=%.1f max_ms=%.1f%n", name, size / 1024, ms[MEASURED / 2],
                ms[(int) Math.ceil(MEASURED * 0.95) - 1], ms[MEASURED - 1]);
    }
}
