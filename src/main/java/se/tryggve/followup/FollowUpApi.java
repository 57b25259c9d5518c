package se.tryggve.followup;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

import se.tryggve.governance.ActivityStatus;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/**
 * JSON API of follow-ups. A part's update carries the version it was based on, as
 * {@code If-Match: "3"} or a {@code version} field; a stale one answers 409 (412 with If-Match).
 */
@ApiController("/api/v1")
class FollowUpApi {

    private final FollowUps followUps;
    private final FollowUpPermissions permissions;

    FollowUpApi(FollowUps followUps, FollowUpPermissions permissions) {
        this.followUps = followUps;
        this.permissions = permissions;
    }

    /** goalDepartments {goalId: [departmentId]} and activityDepartments {activityId: departmentId} are optional. */
    record OpenRequest(@NotNull Long documentId, @NotNull @Min(1900) @Max(2200) Integer year, @NotNull LocalDate deadline,
                       @Size(max = 4000) String noteOnYear, Map<Long, Set<Long>> goalDepartments,
                       Map<Long, Long> activityDepartments) {
    }

    record FollowUpDetail(FollowUp followUp, List<DepartmentPart> parts) {
    }

    record GoalInput(@NotNull Long goalId, @Size(max = 10000) String work, Judgement judgement) {
    }

    record ActivityInput(@NotNull Long activityId, ActivityStatus status, @Size(max = 10000) String whatWasDone) {
    }

    record PartUpdate(@Valid List<GoalInput> goals, @Valid List<ActivityInput> activities, Long version) {
    }

    record ReturnRequest(@Size(max = 4000) String comment) {
    }

    record ApproveRequest(@Size(max = 4000) String overrideReason) {
    }

    @Operation(summary = "List follow-ups (paged)")
    @GetMapping("/follow-ups")
    PageResult<FollowUp> list(CurrentUser me, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        FollowUpPermissions.require(permissions.canRead(me));
        return PageResult.of(followUps.listFollowUps(me.municipalityId()), page, size);
    }

    @Operation(summary = "Open the follow-up of a governing document for a year")
    @PostMapping("/follow-ups")
    ResponseEntity<FollowUp> open(CurrentUser me, @Validated @RequestBody OpenRequest request) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        FollowUp f = followUps.openFollowUp(me.municipalityId(), request.documentId(), request.year(), request.deadline(),
                request.noteOnYear(), new DepartmentAssignment(request.goalDepartments(), request.activityDepartments()));
        return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + f.id())).eTag(etag(f.version())).body(f);
    }

    @Operation(summary = "A follow-up with the parts the user may read")
    @GetMapping("/follow-ups/{id}")
    ResponseEntity<FollowUpDetail> get(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.canRead(me));
        long m = me.municipalityId();
        FollowUp f = followUps.followUp(m, id);
        List<DepartmentPart> parts = followUps.parts(m, id).stream()
                .filter(p -> permissions.canReadPart(me, p.departmentId())).toList();
        return ResponseEntity.ok().eTag(etag(f.version())).body(new FollowUpDetail(f, parts));
    }

    @Operation(summary = "One department's part")
    @GetMapping("/follow-ups/{id}/parts/{partId}")
    ResponseEntity<DepartmentPart> part(CurrentUser me, @PathVariable long id, @PathVariable long partId) {
        DepartmentPart p = followUps.part(me.municipalityId(), id, partId);
        FollowUpPermissions.require(permissions.canReadPart(me, p.departmentId()));
        return ResponseEntity.ok().eTag(etag(p.version())).body(p);
    }

    @Operation(summary = "Save a department's draft")
    @PutMapping("/follow-ups/{id}/parts/{partId}")
    ResponseEntity<DepartmentPart> updatePart(CurrentUser me, @PathVariable long id, @PathVariable long partId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Validated @RequestBody PartUpdate update) {
        long m = me.municipalityId();
        DepartmentPart before = followUps.part(m, id, partId);
        FollowUpPermissions.require(permissions.canReportFor(me, before.departmentId()));
        List<GoalReport> goals = update.goals() == null ? List.of() : update.goals().stream()
                .map(g -> new GoalReport(g.goalId(), g.work(), g.judgement())).toList();
        List<ActivityReport> activities = update.activities() == null ? List.of() : update.activities().stream()
                .map(a -> new ActivityReport(a.activityId(), a.status(), a.whatWasDone())).toList();
        DepartmentPart p = followUps.updatePart(m, id, partId, version(ifMatch, update.version()), goals, activities);
        return ResponseEntity.ok().eTag(etag(p.version())).body(p);
    }

    @Operation(summary = "Submit a department's part")
    @PostMapping("/follow-ups/{id}/parts/{partId}/submit")
    DepartmentPart submit(CurrentUser me, @PathVariable long id, @PathVariable long partId) {
        long m = me.municipalityId();
        DepartmentPart before = followUps.part(m, id, partId);
        FollowUpPermissions.require(permissions.canReportFor(me, before.departmentId()));
        return followUps.submitPart(m, id, partId);
    }

    @Operation(summary = "Return a submitted part to the department with a comment")
    @PostMapping("/follow-ups/{id}/parts/{partId}/return")
    DepartmentPart returnPart(CurrentUser me, @PathVariable long id, @PathVariable long partId,
                              @Validated @RequestBody ReturnRequest request) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        return followUps.returnPart(me.municipalityId(), id, partId, request.comment());
    }

    @Operation(summary = "Accept a submitted part")
    @PostMapping("/follow-ups/{id}/parts/{partId}/accept")
    DepartmentPart accept(CurrentUser me, @PathVariable long id, @PathVariable long partId) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        return followUps.acceptPart(me.municipalityId(), id, partId);
    }

    @Operation(summary = "Approve and lock the follow-up (an override reason when parts are not accepted)")
    @PostMapping("/follow-ups/{id}/approve")
    FollowUp approve(CurrentUser me, @PathVariable long id, @Validated @RequestBody(required = false) ApproveRequest request) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        return followUps.approveFollowUp(me.municipalityId(), id, request == null ? null : request.overrideReason());
    }

    /** The report's publication on the public portal: when it was explicitly published, or null. */
    public record Publication(java.time.Instant publishedAt) {
    }

    @Operation(summary = "Publish the approved follow-up's report on the public portal now")
    @PostMapping("/follow-ups/{id}/publication")
    Publication publish(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        followUps.publishReport(me.municipalityId(), id, me.username());
        return new Publication(followUps.reportPublishedAt(me.municipalityId(), id).orElse(null));
    }

    @Operation(summary = "Withdraw the explicit publication (a report whose decision is adjusted stays public)")
    @org.springframework.web.bind.annotation.DeleteMapping("/follow-ups/{id}/publication")
    Publication withdraw(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        followUps.withdrawReportPublication(me.municipalityId(), id);
        return new Publication(null);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static long version(String ifMatch, Long bodyVersion) {
        return se.tryggve.shared.web.IfMatch.required(ifMatch, bodyVersion);
    }
}
