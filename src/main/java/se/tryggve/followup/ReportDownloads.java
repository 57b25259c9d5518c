package se.tryggve.followup;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.tryggve.security.CurrentUser;

/** Downloads of the follow-up report as DOCX and XLSX from the report's preview page. */
@Controller
class ReportDownloads {

    private final FollowUpReports reports;
    private final ReportDocx docx;
    private final ReportXlsx xlsx;
    private final FollowUpPermissions permissions;

    ReportDownloads(FollowUpReports reports, ReportDocx docx, ReportXlsx xlsx, FollowUpPermissions permissions) {
        this.reports = reports;
        this.docx = docx;
        this.xlsx = xlsx;
        this.permissions = permissions;
    }

    @GetMapping("/follow-ups/{id}/report.docx")
    ResponseEntity<byte[]> reportDocx(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.readReport(me));
        FollowUpReport report = reports.assemble(me.municipalityId(), id);
        return file(docx.render(report), ReportDocx.CONTENT_TYPE, "uppfoljning-" + report.year() + ".docx");
    }

    @GetMapping("/follow-ups/{id}/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.readReport(me));
        FollowUpReport report = reports.assemble(me.municipalityId(), id);
        return file(xlsx.render(report), ReportXlsx.CONTENT_TYPE, "uppfoljning-" + report.year() + ".xlsx");
    }

    /** An attachment, so that the browser saves the file rather than trying to show it. */
    static ResponseEntity<byte[]> file(byte[] bytes, String contentType, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentLength(bytes.length)
                .body(bytes);
    }
}
