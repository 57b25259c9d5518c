package se.tryggve.followup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up report as PDF/A for other modules (cases attaches it as annex 1 of the official
 * report), without opening up the renderer itself.
 */
@Service
public class FollowUpReportPdf {

    private final FollowUpReports reports;
    private final ReportPdf pdf;

    FollowUpReportPdf(FollowUpReports reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    /** The report of follow-up {@code followUpId} of municipality {@code m}; foreign or unknown is not found. */
    @Transactional(readOnly = true)
    public byte[] renderPdf(long m, long followUpId) {
        return pdf.render(reports.assemble(m, followUpId));
    }

    /** The title of the governing document the follow-up follows, e.g. "Trygghetsprogram 2018–2021". */
    @Transactional(readOnly = true)
    public String documentTitle(long m, long followUpId) {
        return reports.assemble(m, followUpId).documentTitle();
    }
}
