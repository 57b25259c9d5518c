package se.tryggve.followup;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;

/** The follow-up report over the API: a standalone HTML document and the PDF/A-2u + PDF/UA-1 file. */
@ApiController("/api/v1")
class ReportApi {

    private final FollowUpReports reports;
    private final ReportHtml html;
    private final ReportPdf pdf;
    private final FollowUpPermissions permissions;

    ReportApi(FollowUpReports reports, ReportHtml html, ReportPdf pdf, FollowUpPermissions permissions) {
        this.reports = reports;
        this.html = html;
        this.pdf = pdf;
        this.permissions = permissions;
    }

    @Operation(summary = "The follow-up report as a standalone HTML document")
    @GetMapping(path = "/follow-ups/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> reportHtml(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.readReport(me));
        FollowUpReport report = reports.assemble(me.municipalityId(), id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.standalone(report, false));
    }

    @Operation(summary = "The follow-up report as PDF/A-2u and PDF/UA-1")
    @GetMapping(path = "/follow-ups/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.readReport(me));
        FollowUpReport report = reports.assemble(me.municipalityId(), id);
        return ReportPages.pdfResponse(report, pdf.render(report));
    }
}
