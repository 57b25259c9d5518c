package se.tryggve.meetings;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Operation;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;

/** The minutes of a meeting and the protocol extract of a paragraph as HTML, PDF/A-2u + PDF/UA-1 and Word. */
@ApiController("/api/v1")
class MinutesApi {

    private final MinutesDocuments documents;
    private final MinutesDocx docx;
    private final MeetingPermissions permissions;

    MinutesApi(MinutesDocuments documents, MinutesDocx docx, MeetingPermissions permissions) {
        this.documents = documents;
        this.docx = docx;
        this.permissions = permissions;
    }

    @Operation(summary = "The minutes as a standalone HTML document")
    @GetMapping(path = "/meetings/{id}/minutes.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> minutesHtml(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return html(documents.html(MinutesDocuments.MINUTES, documents.minutes(user.municipalityId(), id), false));
    }

    @Operation(summary = "The minutes as PDF/A-2u and PDF/UA-1")
    @GetMapping(path = "/meetings/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> minutesPdf(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        Minutes doc = documents.minutes(user.municipalityId(), id);
        return file(documents.pdf(MinutesDocuments.MINUTES, doc), MediaType.APPLICATION_PDF, minutesName(doc, "pdf"));
    }

    @Operation(summary = "The minutes as a Word document")
    @GetMapping(path = "/meetings/{id}/minutes.docx", produces = MinutesDocuments.DOCX)
    ResponseEntity<byte[]> minutesDocx(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        Minutes doc = documents.minutes(user.municipalityId(), id);
        return file(docx.minutes(doc), MediaType.parseMediaType(MinutesDocuments.DOCX), minutesName(doc, "docx"));
    }

    @Operation(summary = "The protocol extract of a paragraph as a standalone HTML document")
    @GetMapping(path = "/paragraphs/{id}/extract.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> extractHtml(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return html(documents.html(MinutesDocuments.EXTRACT, documents.extract(user.municipalityId(), id), false));
    }

    @Operation(summary = "The protocol extract of a paragraph as PDF/A-2u and PDF/UA-1")
    @GetMapping(path = "/paragraphs/{id}/extract.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> extractPdf(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        Minutes doc = documents.extract(user.municipalityId(), id);
        return file(documents.pdf(MinutesDocuments.EXTRACT, doc), MediaType.APPLICATION_PDF, extractName(doc, "pdf"));
    }

    @Operation(summary = "The protocol extract of a paragraph as a Word document")
    @GetMapping(path = "/paragraphs/{id}/extract.docx", produces = MinutesDocuments.DOCX)
    ResponseEntity<byte[]> extractDocx(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        Minutes doc = documents.extract(user.municipalityId(), id);
        return file(docx.extract(doc), MediaType.parseMediaType(MinutesDocuments.DOCX), extractName(doc, "docx"));
    }

    static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(body);
    }

    static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    static String minutesName(Minutes doc, String ext) {
        return "protokoll-" + doc.meeting().meetingDate() + "." + ext;
    }

    static String extractName(Minutes doc, String ext) {
        return "protokollsutdrag-" + doc.meeting().meetingDate() + "-paragraf-" + doc.paragraphs().get(0).number() + "." + ext;
    }
}
