package se.tryggve.followup;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;

/** The follow-up report over the API as an editable Word document and as a workbook of its data. */
@ApiController("/api/v1")
class ReportDownloadApi {

    private final FollowUpReports reports;
    private final ReportDocx docx;
    private final ReportXlsx xlsx;
    private final FollowUpPermissions permissions;

    ReportDownloadApi(FollowUpReports reports, ReportDocx docx, ReportXlsx xlsx, FollowUpPermissions permissions) {
        this.reports = reports;
        this.docx = docx;
        this.xlsx = xlsx;
        this.permissions = permissions;
    }

    @Operation(summary = "The follow-up report as a Word document (DOCX)")
    @GetMapping(path = "/follow-ups/{id}/report.docx", produces = ReportDocx.CONTENT_TYPE)
    ResponseEntity<byte[]> reportDocx(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.readReport(me));
        FollowUpReport report = reports.assemble(me.municipalityId(), id);
        return ReportDownloads.file(docx.render(report), ReportDocx.CONTENT_TYPE, "uppfoljning-" + report.year() + ".docx");
    }

    @Operation(summary = "The follow-up's goals, activities and indicator values as a workbook (XLSX)")
    @GetMapping(path = "/follow-ups/{id}/report.xlsx", produces = ReportXlsx.CONTENT_TYPE)
    ResponseEntity<byte[]> reportXlsx(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.readReport(me));
        FollowUpReport report = reports.assemble(me.municipalityId(), id);
        return ReportDownloads.file(xlsx.render(report), ReportXlsx.CONTENT_TYPE, "uppfoljning-" + report.year() + ".xlsx");
    }
}
