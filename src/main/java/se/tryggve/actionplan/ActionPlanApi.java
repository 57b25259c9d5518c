package se.tryggve.actionplan;

import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.IfMatch;

/**
 * JSON API of action plans. An action plan is a governing document of kind ACTION_PLAN (created, adopted
 * and edited under {@code /api/v1/governing-documents}); its basis and measure links live beside it.
 * Replacing a measure's links or the basis may carry the plan's link version ({@code If-Match: "3"} or
 * {@code version}); linking or unlinking one object is idempotent and needs none.
 */
@ApiController("/api/v1")
class ActionPlanApi {

    private final ActionPlans plans;
    private final TraceabilityQueries traceability;
    private final ActionPlanPermissions permissions;

    ActionPlanApi(ActionPlans plans, TraceabilityQueries traceability, ActionPlanPermissions permissions) {
        this.plans = plans;
        this.traceability = traceability;
        this.permissions = permissions;
    }

    record BasisRequest(Long assessmentId, Long version) {
    }

    record LinksRequest(Set<Long> problemIds, Set<Long> causeIds, Set<Long> indicatorIds, Long version) {
    }

    @Operation(summary = "An action plan's lägesbild and every measure's links")
    @GetMapping("/governing-documents/{id}/action-plan")
    ResponseEntity<ActionPlanLinks> plan(CurrentUser me, @PathVariable long id) {
        permissions.requireRead(me);
        ActionPlanLinks links = plans.links(me.municipalityId(), id);
        return ResponseEntity.ok().eTag(etag(links.version())).body(links);
    }

    @Operation(summary = "Choose the lägesbild (assessment) the action plan is based on")
    @PutMapping("/governing-documents/{id}/action-plan/basis")
    ResponseEntity<ActionPlanLinks> basis(CurrentUser me, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody BasisRequest request) {
        permissions.requireEdit(me);
        ActionPlanLinks links = plans.chooseBasis(me.municipalityId(), id, IfMatch.optional(ifMatch, request.version()),
                request.assessmentId());
        return ResponseEntity.ok().eTag(etag(links.version())).body(links);
    }

    @Operation(summary = "What a measure (activity of the plan) is linked to")
    @GetMapping("/governing-documents/{id}/measures/{activityId}/links")
    ResponseEntity<MeasureLinks> links(CurrentUser me, @PathVariable long id, @PathVariable long activityId) {
        permissions.requireRead(me);
        MeasureLinks l = plans.measureLinks(me.municipalityId(), id, activityId);
        return ResponseEntity.ok().eTag(etag(l.version())).body(l);
    }

    @Operation(summary = "Replace a measure's links to problems, causes and indicators")
    @PutMapping("/governing-documents/{id}/measures/{activityId}/links")
    ResponseEntity<MeasureLinks> replace(CurrentUser me, @PathVariable long id, @PathVariable long activityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody LinksRequest request) {
        permissions.requireEdit(me);
        MeasureLinks l = plans.replaceMeasureLinks(me.municipalityId(), id, activityId,
                IfMatch.optional(ifMatch, request.version()), request.problemIds(), request.causeIds(), request.indicatorIds());
        return ResponseEntity.ok().eTag(etag(l.version())).body(l);
    }

    @Operation(summary = "Link a measure to a problem, a cause or an indicator (type: problems, causes, indicators)")
    @PutMapping("/governing-documents/{id}/measures/{activityId}/links/{type}/{targetId}")
    ResponseEntity<MeasureLinks> link(CurrentUser me, @PathVariable long id, @PathVariable long activityId,
                                      @PathVariable String type, @PathVariable long targetId) {
        permissions.requireEdit(me);
        MeasureLinks l = plans.linkMeasure(me.municipalityId(), id, activityId, LinkType.ofSegment(type), targetId);
        return ResponseEntity.ok().eTag(etag(l.version())).body(l);
    }

    @Operation(summary = "Unlink a measure from a problem (and its causes), a cause or an indicator")
    @DeleteMapping("/governing-documents/{id}/measures/{activityId}/links/{type}/{targetId}")
    ResponseEntity<MeasureLinks> unlink(CurrentUser me, @PathVariable long id, @PathVariable long activityId,
                                        @PathVariable String type, @PathVariable long targetId) {
        permissions.requireEdit(me);
        MeasureLinks l = plans.unlinkMeasure(me.municipalityId(), id, activityId, LinkType.ofSegment(type), targetId);
        return ResponseEntity.ok().eTag(etag(l.version())).body(l);
    }

    @Operation(summary = "Traceability of an action plan: problem → cause → measure → indicator → result, with warnings")
    @GetMapping("/traceability/{planId}")
    TraceabilityReport traceability(CurrentUser me, @PathVariable long planId) {
        permissions.requireRead(me);
        return traceability.traceability(me.municipalityId(), planId);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
