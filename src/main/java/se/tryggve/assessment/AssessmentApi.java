package se.tryggve.assessment;

import java.net.URI;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import se.tryggve.assessment.AssessmentDetails.Cause;
import se.tryggve.assessment.AssessmentDetails.Problem;
import se.tryggve.assessment.AssessmentDetails.ReferenceFigure;
import se.tryggve.assessment.AssessmentDetails.Source;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.IfMatch;

/**
 * JSON API of the lägesbild. Changes to a draft's parts may carry the lägesbild's version as If-Match
 * (optimistic lock of the whole document); the header update and the decision steps require it.
 */
@ApiController("/api/v1/assessments")
class AssessmentApi {

    private static final String BASE = "/api/v1/assessments";

    private final Assessments assessments;
    private final AssessmentKoladaFigures koladaFigures;
    private final AssessmentDecisions decisions;
    private final AssessmentDocument document;
    private final AssessmentPermissions permissions;

    AssessmentApi(Assessments assessments, AssessmentDecisions decisions, AssessmentDocument document, AssessmentPermissions permissions, AssessmentKoladaFigures koladaFigures) {
        this.koladaFigures = koladaFigures;
        this.assessments = assessments;
        this.decisions = decisions;
        this.document = document;
        this.permissions = permissions;
    }

    /** Body of a section's text. */
    record SectionBody(String text, Long version) {
    }

    @Operation(summary = "Every version of every lägesbild, newest first")
    @GetMapping
    List<AssessmentInfo> list(CurrentUser user) {
        permissions.requireRead(user);
        return assessments.listAssessments(user.municipalityId());
    }

    @Operation(summary = "Create a lägesbild (version 1, draft) for a period")
    @PostMapping
    ResponseEntity<AssessmentInfo> create(CurrentUser user, @RequestBody AssessmentInputs.Header in) {
        permissions.requireEdit(user);
        AssessmentInfo a = assessments.createAssessment(user.municipalityId(), in);
        return ResponseEntity.created(URI.create(BASE + "/" + a.id())).eTag(etag(a.version())).body(a);
    }

    @Operation(summary = "One lägesbild with sections, information, problems with causes, sources and reference figures; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<AssessmentDetails> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        AssessmentDetails d = assessments.details(user.municipalityId(), id);
        return ResponseEntity.ok().eTag(etag(d.assessment().version())).body(d);
    }

    @Operation(summary = "Change title and period of a draft (If-Match or version in the body)")
    @PutMapping("/{id}")
    ResponseEntity<AssessmentInfo> update(CurrentUser user, @PathVariable long id,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestBody AssessmentInputs.Header in) {
        permissions.requireEdit(user);
        AssessmentInfo a = assessments.updateAssessment(user.municipalityId(), id, IfMatch.required(ifMatch, in.getVersion()), in);
        return ResponseEntity.ok().eTag(etag(a.version())).body(a);
    }

    @Operation(summary = "Delete a draft (If-Match required)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        permissions.requireEdit(user);
        assessments.deleteAssessment(user.municipalityId(), id, IfMatch.required(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Start the next version: a draft copying sections, problems, causes, sources and reference figures")
    @PostMapping("/{id}/versions")
    ResponseEntity<AssessmentInfo> newVersion(CurrentUser user, @PathVariable long id) {
        permissions.requireEdit(user);
        AssessmentInfo a = assessments.newVersion(user.municipalityId(), id);
        return ResponseEntity.created(URI.create(BASE + "/" + a.id())).eTag(etag(a.version())).body(a);
    }

    @Operation(summary = "The coordinator's text of a section: MAPPING, OTHER_INFORMATION, ANALYSIS or SOURCES")
    @PutMapping("/{id}/sections/{kind}")
    ResponseEntity<AssessmentInfo> section(CurrentUser user, @PathVariable long id, @PathVariable SectionKind kind,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestBody SectionBody in) {
        permissions.requireEdit(user);
        AssessmentInfo a = assessments.updateSection(user.municipalityId(), id, kind, IfMatch.optional(ifMatch, in.version()), in.text());
        return ResponseEntity.ok().eTag(etag(a.version())).body(a);
    }

    @Operation(summary = "Add an item of other relevant information (survey, dialogue, safety walk, planned building)")
    @PostMapping("/{id}/information")
    ResponseEntity<AssessmentDetails.InformationItem> addInformation(CurrentUser user, @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AssessmentInputs.Information in) {
        permissions.requireEdit(user);
        var item = assessments.addInformation(user.municipalityId(), id, IfMatch.optional(ifMatch, null), in);
        return ResponseEntity.created(URI.create(BASE + "/" + id + "/information/" + item.id())).body(item);
    }

    @Operation(summary = "Delete an item of other relevant information")
    @DeleteMapping("/{id}/information/{itemId}")
    ResponseEntity<Void> deleteInformation(CurrentUser user, @PathVariable long id, @PathVariable long itemId,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        permissions.requireEdit(user);
        assessments.deleteInformation(user.municipalityId(), id, itemId, IfMatch.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add a prioritised problem (priority, title, description, place, districtIds)")
    @PostMapping("/{id}/problems")
    ResponseEntity<Problem> addProblem(CurrentUser user, @PathVariable long id,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AssessmentInputs.Problem in) {
        permissions.requireEdit(user);
        Problem p = assessments.addProblem(user.municipalityId(), id, IfMatch.optional(ifMatch, null), in);
        return ResponseEntity.created(URI.create(BASE + "/" + id + "/problems/" + p.id())).body(p);
    }

    @Operation(summary = "Change a prioritised problem")
    @PutMapping("/{id}/problems/{problemId}")
    Problem updateProblem(CurrentUser user, @PathVariable long id, @PathVariable long problemId,
                          @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AssessmentInputs.Problem in) {
        permissions.requireEdit(user);
        return assessments.updateProblem(user.municipalityId(), id, problemId, IfMatch.optional(ifMatch, null), in);
    }

    @Operation(summary = "Delete a prioritised problem with its causes")
    @DeleteMapping("/{id}/problems/{problemId}")
    ResponseEntity<Void> deleteProblem(CurrentUser user, @PathVariable long id, @PathVariable long problemId,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        permissions.requireEdit(user);
        assessments.deleteProblem(user.municipalityId(), id, problemId, IfMatch.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add a cause to a problem from the PLACE, VICTIM or OFFENDER perspective")
    @PostMapping("/{id}/problems/{problemId}/causes")
    ResponseEntity<Cause> addCause(CurrentUser user, @PathVariable long id, @PathVariable long problemId,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AssessmentInputs.Cause in) {
        permissions.requireEdit(user);
        Cause c = assessments.addCause(user.municipalityId(), id, problemId, IfMatch.optional(ifMatch, null), in);
        return ResponseEntity.created(URI.create(BASE + "/" + id + "/causes/" + c.id())).body(c);
    }

    @Operation(summary = "Change a cause")
    @PutMapping("/{id}/causes/{causeId}")
    Cause updateCause(CurrentUser user, @PathVariable long id, @PathVariable long causeId,
                      @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AssessmentInputs.Cause in) {
        permissions.requireEdit(user);
        return assessments.updateCause(user.municipalityId(), id, causeId, IfMatch.optional(ifMatch, null), in);
    }

    @Operation(summary = "Delete a cause")
    @DeleteMapping("/{id}/causes/{causeId}")
    ResponseEntity<Void> deleteCause(CurrentUser user, @PathVariable long id, @PathVariable long causeId,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        permissions.requireEdit(user);
        assessments.deleteCause(user.municipalityId(), id, causeId, IfMatch.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add a source: USED, REJECTED (reason required) or LIMITATION")
    @PostMapping("/{id}/sources")
    ResponseEntity<Source> addSource(CurrentUser user, @PathVariable long id,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AssessmentInputs.Source in) {
        permissions.requireEdit(user);
        Source s = assessments.addSource(user.municipalityId(), id, IfMatch.optional(ifMatch, null), in);
        return ResponseEntity.created(URI.create(BASE + "/" + id + "/sources/" + s.id())).body(s);
    }

    @Operation(summary = "Change a source")
    @PutMapping("/{id}/sources/{sourceId}")
    Source updateSource(CurrentUser user, @PathVariable long id, @PathVariable long sourceId,
                        @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AssessmentInputs.Source in) {
        permissions.requireEdit(user);
        return assessments.updateSource(user.municipalityId(), id, sourceId, IfMatch.optional(ifMatch, null), in);
    }

    @Operation(summary = "Delete a source")
    @DeleteMapping("/{id}/sources/{sourceId}")
    ResponseEntity<Void> deleteSource(CurrentUser user, @PathVariable long id, @PathVariable long sourceId,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        permissions.requireEdit(user);
        assessments.deleteSource(user.municipalityId(), id, sourceId, IfMatch.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add a reference figure entered by hand (e.g. a Kolada key figure)")
    @PostMapping("/{id}/reference-figures")
    ResponseEntity<ReferenceFigure> addFigure(CurrentUser user, @PathVariable long id,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestBody AssessmentInputs.ReferenceFigure in) {
        permissions.requireEdit(user);
        ReferenceFigure f = assessments.addReferenceFigure(user.municipalityId(), id, IfMatch.optional(ifMatch, null), in);
        return ResponseEntity.created(URI.create(BASE + "/" + id + "/reference-figures/" + f.id())).body(f);
    }

    /** How many Kolada figures were copied. */
    record KoladaCopy(int added) {
    }

    @Operation(summary = "Copy the Kolada key figures imported under public data (the period's years and two before) into the draft")
    @PostMapping("/{id}/reference-figures/kolada")
    KoladaCopy copyKoladaFigures(CurrentUser user, @PathVariable long id) {
        permissions.requireEdit(user);
        return new KoladaCopy(koladaFigures.copyKoladaFigures(user.municipalityId(), id));
    }

    @Operation(summary = "Delete a reference figure")
    @DeleteMapping("/{id}/reference-figures/{figureId}")
    ResponseEntity<Void> deleteFigure(CurrentUser user, @PathVariable long id, @PathVariable long figureId,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        permissions.requireEdit(user);
        assessments.deleteReferenceFigure(user.municipalityId(), id, figureId, IfMatch.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Send the draft for decision: registers a case with the lägesbild PDF as annex (version required)")
    @PostMapping("/{id}/decision")
    ResponseEntity<AssessmentInfo> sendForDecision(CurrentUser user, @PathVariable long id,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @RequestBody AssessmentInputs.Decision in) {
        permissions.requireEdit(user);
        in.setVersion(IfMatch.required(ifMatch, in.getVersion()));
        AssessmentInfo a = decisions.sendForDecision(user.municipalityId(), id, in);
        return ResponseEntity.ok().eTag(etag(a.version())).body(a);
    }

    @Operation(summary = "Register an adoption decided outside Tryggve: date and paragraph reference")
    @PostMapping("/{id}/adoption")
    ResponseEntity<AssessmentInfo> adopt(CurrentUser user, @PathVariable long id,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @RequestBody AssessmentInputs.Adoption in) {
        permissions.requireEdit(user);
        AssessmentInfo a = assessments.recordAdoption(user.municipalityId(), id, IfMatch.optional(ifMatch, in.getVersion()), in);
        return ResponseEntity.ok().eTag(etag(a.version())).body(a);
    }

    @Operation(summary = "The lägesbild as PDF/A-2u with charts and map")
    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        AssessmentInfo a = assessments.findAssessment(user.municipalityId(), id);
        byte[] bytes = document.pdf(user.municipalityId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(AssessmentDocument.fileName(a)).build().toString())
                .body(bytes);
    }

    @Operation(summary = "The municipality's settings: deciding body, revision interval in months, reminder days before")
    @GetMapping("/settings")
    AssessmentSettings.Values settings(CurrentUser user) {
        permissions.requireRead(user);
        return assessments.settingsOf(user.municipalityId());
    }

    @Operation(summary = "Change the settings")
    @PutMapping("/settings")
    AssessmentSettings.Values updateSettings(CurrentUser user, @RequestBody AssessmentInputs.Settings in) {
        permissions.requireEdit(user);
        return assessments.updateSettings(user.municipalityId(), in);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
