package se.tryggve.cases;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/** JSON API of cases, their documents and history. */
@ApiController("/api/v1/cases")
class CaseApi {

    private final Cases cases;
    private final CasesFromFollowUps fromFollowUps;
    private final CasePermissions permissions;

    CaseApi(Cases cases, CasesFromFollowUps fromFollowUps, CasePermissions permissions) {
        this.cases = cases;
        this.fromFollowUps = fromFollowUps;
        this.permissions = permissions;
    }

    /** Body of a status change. */
    record StatusChange(CaseStatus status, Long version) {
    }

    @Operation(summary = "List cases (paged; filter by text, registry, year, status, department)")
    @GetMapping
    PageResult<CaseInfo> list(CurrentUser user, @RequestParam(required = false) String q,
                              @RequestParam(required = false) Long registryId, @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Long departmentId,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(cases.searchCases(user.municipalityId(), new Cases.Filter(q, registryId, year, status, departmentId)),
                page, size);
    }

    @Operation(summary = "One case with its documents and history; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<CaseDetails> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        CaseDetails d = cases.details(user.municipalityId(), id);
        return ApiSupport.withEtag(d.caseInfo().version(), d);
    }

    @Operation(summary = "Register a case; with a serial an existing case is imported under its number")
    @PostMapping
    ResponseEntity<CaseInfo> create(CurrentUser user, @Valid @RequestBody CaseInput in) {
        permissions.requireRegister(user);
        CaseInfo c = cases.registerCase(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/cases", c.id(), c);
    }

    @Operation(summary = "Update title, classification, department and officer; send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<CaseInfo> update(CurrentUser user, @PathVariable long id,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody CaseInput in) {
        permissions.requireEdit(user);
        CaseInfo c = cases.updateCase(user.municipalityId(), id, ApiSupport.expectedVersion(ifMatch, in.getVersion()), in);
        return ApiSupport.withEtag(c.version(), c);
    }

    @Operation(summary = "Change the status (OPEN → DECIDED → CLOSED)")
    @PutMapping("/{id}/status")
    ResponseEntity<CaseInfo> status(CurrentUser user, @PathVariable long id,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestBody StatusChange in) {
        permissions.requireEdit(user);
        CaseInfo c = cases.changeStatus(user.municipalityId(), id, ApiSupport.expectedVersion(ifMatch, in.version()), in.status());
        return ApiSupport.withEtag(c.version(), c);
    }

    @Operation(summary = "Add a document (multipart: kind, title, date, departmentId, text, parentDocumentId, file)")
    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseDocument> addDocument(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute DocumentInput in)
            throws IOException {
        permissions.requireEdit(user);
        CaseDocument d = cases.addDocument(user.municipalityId(), id, in, in.fileName(), in.fileBytes());
        return ApiSupport.created("/api/v1/cases/" + id + "/documents", d.id(), d);
    }

    @Operation(summary = "Download a document's file")
    @GetMapping("/{id}/documents/{documentId}/file")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable long id, @PathVariable long documentId) {
        permissions.requireRead(user);
        return file(cases.file(user.municipalityId(), id, documentId));
    }

    @Operation(summary = "Register a case from an approved follow-up; its official report has the follow-up report as annex 1")
    @PostMapping("/from-follow-up")
    ResponseEntity<CaseDetails> fromFollowUp(CurrentUser user, @Valid @RequestBody FromFollowUpInput in) {
        permissions.requireCreateFromFollowUp(user);
        CaseDetails d = fromFollowUps.createCaseFromFollowUp(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/cases", d.caseInfo().id(), d);
    }

    static ResponseEntity<byte[]> file(StoredFile f) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }
}
