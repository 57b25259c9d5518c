package se.tryggve.prevention;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.IfMatch;
import se.tryggve.shared.web.PageResult;

/**
 * JSON API of the extremism follow-up: the units' real figures for those who record them, and the
 * published (suppressed) figures of a year for everyone else and for open data.
 */
@ApiController("/api/v1/prevention")
class PreventionApi {

    private final PreventionFollowUps followUps;
    private final PreventionPermissions permissions;

    PreventionApi(PreventionFollowUps followUps, PreventionPermissions permissions) {
        this.followUps = followUps;
        this.permissions = permissions;
    }

    @Operation(summary = "List the units' real figures (paged; filter by year and department). A department reporter sees the own department's only")
    @GetMapping("/entries")
    PageResult<PreventionEntry> list(CurrentUser user, @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) Long departmentId,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        permissions.requireRecordAny(user);
        Long scope = permissions.canReadAll(user) ? departmentId : user.departmentId();
        return PageResult.of(followUps.listEntries(user.municipalityId(), year, scope), page, size);
    }

    @Operation(summary = "One unit's figures for a year; the ETag is its version")
    @GetMapping("/entries/{id}")
    ResponseEntity<PreventionEntry> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRecordAny(user);
        PreventionEntry e = followUps.findEntry(user.municipalityId(), id);
        visible(user, e);
        return withEtag(e);
    }

    @Operation(summary = "Record a unit's figures for a year (departmentId absent = the municipality as a whole); counts only, never data about a person")
    @PostMapping("/entries")
    ResponseEntity<PreventionEntry> create(CurrentUser user, @Valid @RequestBody PreventionInput in) {
        permissions.requireRecord(user, in.getDepartmentId());
        PreventionEntry e = followUps.recordEntry(user.municipalityId(), in);
        return ResponseEntity.created(URI.create("/api/v1/prevention/entries/" + e.id())).eTag(etag(e)).body(e);
    }

    @Operation(summary = "Change the counts and the narrative (year and unit stay); send the version as If-Match or in the body")
    @PutMapping("/entries/{id}")
    ResponseEntity<PreventionEntry> update(CurrentUser user, @PathVariable long id,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody PreventionInput in) {
        permissions.requireRecordAny(user);
        PreventionEntry before = followUps.findEntry(user.municipalityId(), id);
        visible(user, before);
        permissions.requireRecord(user, before.departmentId());
        return withEtag(followUps.updateEntry(user.municipalityId(), id, IfMatch.required(ifMatch, in.getVersion()), in));
    }

    @Operation(summary = "Remove a unit's figures recorded for the wrong year or unit; the version as If-Match")
    @DeleteMapping("/entries/{id}")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable long id,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        permissions.requireRecordAny(user);
        PreventionEntry before = followUps.findEntry(user.municipalityId(), id);
        visible(user, before);
        permissions.requireRecord(user, before.departmentId());
        followUps.removeEntry(user.municipalityId(), id, IfMatch.required(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A year's published figures of the whole municipality: counts 1–4 suppressed (value absent, suppressed true), narratives; 404 for a year without figures")
    @GetMapping("/published/{year}")
    PublishedYear published(CurrentUser user, @PathVariable int year) {
        permissions.requireReadPublished(user);
        return followUps.publishedYear(user.municipalityId(), year)
                .orElseThrow(() -> new NotFoundException("PreventionYear", year));
    }

    /** Another department's entry is, for a reporter, as if it did not exist (404, not 403). */
    private void visible(CurrentUser user, PreventionEntry e) {
        if (!permissions.canRead(user, e.departmentId())) {
            throw new NotFoundException("PreventionFollowUp", e.id());
        }
    }

    private static String etag(PreventionEntry e) {
        return "\"" + e.version() + "\"";
    }

    private static ResponseEntity<PreventionEntry> withEtag(PreventionEntry e) {
        return ResponseEntity.ok().eTag(etag(e)).body(e);
    }
}
