package se.tryggve.followup;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link ReportBenchmarkTests} in a child JVM with a small heap (-Xmx256m): renders the report's
 * XHTML (written by the benchmark) to PDF a few times and prints the heap limit and the times. Exits
 * non-zero when rendering fails, e.g. with an OutOfMemoryError.
 */
final class ReportPdfChild {

    private ReportPdfChild() {
    }

    public static void main(String[] args) throws Exception {
        String xhtml = Files.readString(Path.of(args[0]));
        int runs = Integer.parseInt(args[2]);
        byte[] pdf = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pdf = se.tryggve.shared.ArchivalPdf.fromXhtml(xhtml);
            System.out.printf(java.util.Locale.ROOT, "CHILD run=%d ms=%.0f bytes=%d%n", i + 1,
                    (System.nanoTime() - start) / 1e6, pdf.length);
        }
        Files.write(Path.of(args[1]), pdf);
        System.out.printf(java.util.Locale.ROOT, "CHILD max_heap_mb=%d used_after_mb=%d%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
    }
}
