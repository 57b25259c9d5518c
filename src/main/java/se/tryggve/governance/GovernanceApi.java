package se.tryggve.governance;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/**
 * JSON API of governance. Updates carry the version they were based on, as {@code If-Match: "3"}
 * or a {@code version} field; a stale one answers 409 (412 with If-Match).
 */
@ApiController("/api/v1")
class GovernanceApi {

    private final Governance governance;
    private final GovernanceQueries queries;
    private final GovernancePermissions permissions;

    GovernanceApi(Governance governance, GovernanceQueries queries, GovernancePermissions permissions) {
        this.governance = governance;
        this.queries = queries;
        this.permissions = permissions;
    }

    /** A document with everything in it. */
    record DocumentDetail(GoverningDocument document, List<Area> areas, List<Goal> goals, List<Indicator> indicators,
                          List<Activity> activities) {
    }

    record CopyRequest(@NotBlank @Size(max = 300) String title, @NotNull LocalDate validFrom, LocalDate validTo) {
    }

    // ---------------------------------------------------------------- documents

    @Operation(summary = "List governing documents (paged)")
    @GetMapping("/governing-documents")
    PageResult<GoverningDocument> documents(CurrentUser me, @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(me);
        return PageResult.of(queries.listDocuments(me.municipalityId()), page, size);
    }

    @Operation(summary = "A governing document with its areas, goals, indicators and activities")
    @GetMapping("/governing-documents/{id}")
    ResponseEntity<DocumentDetail> document(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        long m = me.municipalityId();
        GoverningDocument d = queries.document(m, id);
        var detail = new DocumentDetail(d, queries.areas(m, id), queries.goals(m, id),
                queries.indicators(m, id),
                queries.activities(m, new GovernanceQueries.ActivityFilter(id, null, null, null)));
        return ResponseEntity.ok().eTag(etag(d.version())).body(detail);
    }

    @Operation(summary = "Create a governing document (as a draft)")
    @PostMapping("/governing-documents")
    ResponseEntity<GoverningDocument> createDocument(CurrentUser me, @Validated @RequestBody DocumentData data) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = governance.createDocument(me.municipalityId(), data);
        return created("/api/v1/governing-documents/" + d.id(), d.version(), d);
    }

    @Operation(summary = "Update a governing document")
    @PutMapping("/governing-documents/{id}")
    ResponseEntity<GoverningDocument> updateDocument(CurrentUser me, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Validated @RequestBody DocumentData data) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = governance.updateDocument(me.municipalityId(), id, version(ifMatch, data.version()), data);
        return ResponseEntity.ok().eTag(etag(d.version())).body(d);
    }

    @Operation(summary = "Adopt a draft governing document")
    @PostMapping("/governing-documents/{id}/adopt")
    GoverningDocument adopt(CurrentUser me, @PathVariable long id, @Validated @RequestBody AdoptingDecision decision) {
        permissions.requireEditDocuments(me);
        return governance.adoptDocument(me.municipalityId(), id, decision);
    }

    @Operation(summary = "Mark an adopted governing document as expired")
    @PostMapping("/governing-documents/{id}/expire")
    GoverningDocument expire(CurrentUser me, @PathVariable long id) {
        permissions.requireEditDocuments(me);
        return governance.expireDocument(me.municipalityId(), id);
    }

    @Operation(summary = "Copy a programme to a new period (new draft)")
    @PostMapping("/governing-documents/{id}/copy")
    ResponseEntity<GoverningDocument> copy(CurrentUser me, @PathVariable long id, @Validated @RequestBody CopyRequest request) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = governance.copyProgrammeToNewPeriod(me.municipalityId(), id, request.validFrom(),
                request.validTo(), request.title());
        return created("/api/v1/governing-documents/" + d.id(), d.version(), d);
    }

    // ---------------------------------------------------------------- structure

    @Operation(summary = "Add an area (appended last)")
    @PostMapping("/governing-documents/{id}/areas")
    ResponseEntity<Area> addArea(CurrentUser me, @PathVariable long id, @Validated @RequestBody AreaData data) {
        permissions.requireEditDocuments(me);
        Area a = governance.addArea(me.municipalityId(), id, data);
        return created("/api/v1/areas/" + a.id(), a.version(), a);
    }

    @GetMapping("/areas/{id}")
    Area area(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        return queries.area(me.municipalityId(), id);
    }

    @PutMapping("/areas/{id}")
    Area updateArea(CurrentUser me, @PathVariable long id,
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                    @Validated @RequestBody AreaData data) {
        permissions.requireEditDocuments(me);
        return governance.updateArea(me.municipalityId(), id, version(ifMatch, data.version()), data);
    }

    @Operation(summary = "Add a goal")
    @PostMapping("/governing-documents/{id}/goals")
    ResponseEntity<Goal> addGoal(CurrentUser me, @PathVariable long id, @Validated @RequestBody GoalData data) {
        permissions.requireEditDocuments(me);
        Goal g = governance.addGoal(me.municipalityId(), id, data);
        return created("/api/v1/goals/" + g.id(), g.version(), g);
    }

    @GetMapping("/goals/{id}")
    ResponseEntity<Goal> goal(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        Goal g = queries.goal(me.municipalityId(), id);
        return ResponseEntity.ok().eTag(etag(g.version())).body(g);
    }

    @PutMapping("/goals/{id}")
    ResponseEntity<Goal> updateGoal(CurrentUser me, @PathVariable long id,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Validated @RequestBody GoalData data) {
        permissions.requireEditDocuments(me);
        Goal g = governance.updateGoal(me.municipalityId(), id, version(ifMatch, data.version()), data);
        return ResponseEntity.ok().eTag(etag(g.version())).body(g);
    }

    @Operation(summary = "Add an indicator")
    @PostMapping("/governing-documents/{id}/indicators")
    ResponseEntity<Indicator> addIndicator(CurrentUser me, @PathVariable long id, @Validated @RequestBody IndicatorData data) {
        permissions.requireEditDocuments(me);
        Indicator i = governance.addIndicator(me.municipalityId(), id, data);
        return created("/api/v1/indicators/" + i.id(), i.version(), i);
    }

    @GetMapping("/indicators/{id}")
    Indicator indicator(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        return queries.indicator(me.municipalityId(), id);
    }

    @PutMapping("/indicators/{id}")
    Indicator updateIndicator(CurrentUser me, @PathVariable long id,
                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                              @Validated @RequestBody IndicatorData data) {
        permissions.requireEditDocuments(me);
        return governance.updateIndicator(me.municipalityId(), id, version(ifMatch, data.version()), data);
    }

    // ---------------------------------------------------------------- activities

    @Operation(summary = "List activities (paged; filters documentId, departmentId, status, goalId)")
    @GetMapping("/activities")
    PageResult<Activity> activities(CurrentUser me, @RequestParam(required = false) Long documentId,
                                    @RequestParam(required = false) Long departmentId,
                                    @RequestParam(required = false) ActivityStatus status,
                                    @RequestParam(required = false) Long goalId,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(me);
        return PageResult.of(queries.activities(me.municipalityId(),
                new GovernanceQueries.ActivityFilter(documentId, departmentId, status, goalId)), page, size);
    }

    @Operation(summary = "Create an activity")
    @PostMapping("/activities")
    ResponseEntity<Activity> createActivity(CurrentUser me, @Validated @RequestBody ActivityData data) {
        GovernancePermissions.require(permissions.canEditActivity(me, data.responsibleDepartmentId()));
        Activity a = governance.createActivity(me.municipalityId(), data);
        return created("/api/v1/activities/" + a.id(), a.version(), a);
    }

    @GetMapping("/activities/{id}")
    ResponseEntity<Activity> activity(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        Activity a = queries.activity(me.municipalityId(), id);
        return ResponseEntity.ok().eTag(etag(a.version())).body(a);
    }

    @Operation(summary = "Update an activity (incl. its status)")
    @PutMapping("/activities/{id}")
    ResponseEntity<Activity> updateActivity(CurrentUser me, @PathVariable long id,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Validated @RequestBody ActivityData data) {
        Activity current = queries.activity(me.municipalityId(), id);
        GovernancePermissions.require(permissions.canUpdateActivity(me, current.responsibleDepartmentId(),
                data.responsibleDepartmentId()));
        Activity a = governance.updateActivity(me.municipalityId(), id, version(ifMatch, data.version()), data);
        return ResponseEntity.ok().eTag(etag(a.version())).body(a);
    }

    // ---------------------------------------------------------------- helpers

    private static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(version)).body(body);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    static long version(String ifMatch, Long bodyVersion) {
        return se.tryggve.shared.web.IfMatch.required(ifMatch, bodyVersion);
    }
}
