package se.tryggve.followup;

import org.springframework.stereotype.Component;

import se.tryggve.shared.ArchivalPdf;

/** The follow-up report as PDF/A-2u + PDF/UA-1: the standalone XHTML of the report through {@link ArchivalPdf}. */
@Component
class ReportPdf {

    private final ReportHtml html;

    ReportPdf(ReportHtml html) {
        this.html = html;
    }

    byte[] render(FollowUpReport report) {
        byte[] pdf = ArchivalPdf.fromXhtml(html.standalone(report, true));
        se.tryggve.shared.OperationalMetrics.reportGenerated("followup-report", "pdf");
        return pdf;
    }
}
