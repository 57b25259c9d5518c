package se.tryggve.followup;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.tryggve.security.CurrentUser;

/** The report's preview page and its PDF download. */
@Controller
class ReportPages {

    private final FollowUpReports reports;
    private final ReportHtml html;
    private final ReportPdf pdf;
    private final FollowUpPermissions permissions;

    ReportPages(FollowUpReports reports, ReportHtml html, ReportPdf pdf, FollowUpPermissions permissions) {
        this.reports = reports;
        this.html = html;
        this.pdf = pdf;
        this.permissions = permissions;
    }

    @GetMapping("/follow-ups/{id}/report")
    String preview(CurrentUser me, @PathVariable long id, Model model) {
        FollowUpPermissions.require(permissions.readReport(me));
        FollowUpReport report = reports.assemble(me.municipalityId(), id);
        model.addAllAttributes(html.model(report, false));
        return "followup/report-page";
    }

    @GetMapping("/follow-ups/{id}/report.pdf")
    ResponseEntity<byte[]> download(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.readReport(me));
        FollowUpReport report = reports.assemble(me.municipalityId(), id);
        return pdfResponse(report, pdf.render(report));
    }

    static ResponseEntity<byte[]> pdfResponse(FollowUpReport report, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("uppfoljning-" + report.year() + ".pdf").build().toString())
                .body(bytes);
    }
}
