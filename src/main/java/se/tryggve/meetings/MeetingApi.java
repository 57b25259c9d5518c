package se.tryggve.meetings;

import java.net.URI;
import java.util.List;

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
import jakarta.validation.constraints.NotNull;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/** JSON API of meetings, their attendance, consistency check, adjustment and corrections. */
@ApiController("/api/v1/meetings")
class MeetingApi {

    /** personId: whose confirmation; omitted (or one's own linked person) = adjust personally. */
    record Confirmation(Long personId) {
    }

    record CorrectionInput(Long paragraphId, String text) {
    }

    private final Meetings meetings;
    private final MeetingPermissions permissions;
    private final LinkedPerson linkedPerson;

    MeetingApi(Meetings meetings, MeetingPermissions permissions, LinkedPerson linkedPerson) {
        this.meetings = meetings;
        this.permissions = permissions;
        this.linkedPerson = linkedPerson;
    }

    @Operation(summary = "List meetings (paged), optionally of one body")
    @GetMapping
    PageResult<MeetingSummary> list(CurrentUser user, @RequestParam(required = false) Long bodyId,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(meetings.listMeetings(user.municipalityId(), bodyId), page, size);
    }

    @Operation(summary = "Create a meeting")
    @PostMapping
    ResponseEntity<MeetingView> create(CurrentUser user, @Valid @RequestBody MeetingInput in) {
        permissions.requireEdit(user);
        MeetingView created = meetings.createMeeting(user.municipalityId(), in);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id())).body(created);
    }

    @Operation(summary = "A meeting with attendance and paragraphs; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<MeetingView> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return withEtag(meetings.findMeeting(user.municipalityId(), id));
    }

    @Operation(summary = "Update the header; send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<MeetingView> update(CurrentUser user, @PathVariable long id,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody MeetingInput in) {
        permissions.requireEdit(user);
        return withEtag(meetings.updateMeeting(user.municipalityId(), id, expectedVersion(ifMatch, in.version()), in));
    }

    @Operation(summary = "Add someone present")
    @PostMapping("/{id}/attendance")
    MeetingView addAttendance(CurrentUser user, @PathVariable long id, @Valid @RequestBody AttendanceInput in) {
        permissions.requireEdit(user);
        return meetings.addAttendance(user.municipalityId(), id, in);
    }

    @Operation(summary = "Remove someone from the attendance")
    @DeleteMapping("/{id}/attendance/{attendanceId}")
    MeetingView removeAttendance(CurrentUser user, @PathVariable long id, @PathVariable long attendanceId) {
        permissions.requireEdit(user);
        return meetings.removeAttendance(user.municipalityId(), id, attendanceId);
    }

    @Operation(summary = "Changes of attendance per paragraph (leaves, arrives, a substitute starts or stops serving)")
    @GetMapping("/{id}/attendance-changes")
    List<MeetingView.AttendanceChangeView> attendanceChanges(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return meetings.findMeeting(user.municipalityId(), id).attendanceChanges();
    }

    @Operation(summary = "Record a change of attendance from a paragraph on; refused after adjustment")
    @PostMapping("/{id}/attendance-changes")
    MeetingView addAttendanceChange(CurrentUser user, @PathVariable long id,
                                    @Valid @RequestBody AttendanceChangeInput in) {
        permissions.requireEdit(user);
        return meetings.addAttendanceChange(user.municipalityId(), id, in, user.username());
    }

    @Operation(summary = "Remove a change of attendance; refused after adjustment")
    @DeleteMapping("/{id}/attendance-changes/{changeId}")
    MeetingView removeAttendanceChange(CurrentUser user, @PathVariable long id, @PathVariable long changeId) {
        permissions.requireEdit(user);
        return meetings.removeAttendanceChange(user.municipalityId(), id, changeId);
    }

    @Operation(summary = "The paragraphs of a meeting")
    @GetMapping("/{id}/paragraphs")
    List<ParagraphView> paragraphs(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        return meetings.findMeeting(m, id).paragraphs().stream().map(p -> meetings.findParagraph(m, p.id())).toList();
    }

    @Operation(summary = "Create a paragraph; its number is allocated now")
    @PostMapping("/{id}/paragraphs")
    ResponseEntity<ParagraphView> createParagraph(CurrentUser user, @PathVariable long id,
                                                  @Valid @RequestBody ParagraphInput in) {
        permissions.requireEdit(user);
        ParagraphView created = meetings.createParagraph(user.municipalityId(), id, in);
        return ResponseEntity.created(URI.create("/api/v1/paragraphs/" + created.id())).body(created);
    }

    @Operation(summary = "Proposals from other bodies waiting for this meeting's body")
    @GetMapping("/{id}/proposals")
    List<ProposalItem> proposals(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        return meetings.openProposals(m, meetings.findMeeting(m, id).bodyId());
    }

    @Operation(summary = "Take up a proposal from another body as a new paragraph linked to the same case")
    @PostMapping("/{id}/proposals/{paragraphId}")
    ResponseEntity<ParagraphView> pickProposal(CurrentUser user, @PathVariable long id, @PathVariable long paragraphId) {
        permissions.requireEdit(user);
        ParagraphView created = meetings.pickProposal(user.municipalityId(), id, paragraphId);
        return ResponseEntity.created(URI.create("/api/v1/paragraphs/" + created.id())).body(created);
    }

    @Operation(summary = "Consistency problems of the minutes")
    @GetMapping("/{id}/problems")
    List<Problem> problems(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return meetings.checkMinutes(user.municipalityId(), id);
    }

    @Operation(summary = "Confirmations of the minutes")
    @GetMapping("/{id}/adjustments")
    List<MeetingView.SignatureView> adjustments(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return meetings.findMeeting(user.municipalityId(), id).signatures();
    }

    @Operation(summary = "Adjust the minutes: the chair or an adjuster personally (no personId, or their own), "
            + "or the secretary records a signer's confirmation (personId); all confirmed = adjusted")
    @PostMapping("/{id}/adjustments")
    MeetingView confirm(CurrentUser user, @PathVariable long id, @RequestBody(required = false) Confirmation in) {
        permissions.requireRead(user);
        Long personId = in == null ? null : in.personId();
        Long own = linkedPerson.of(user);
        if (personId == null || personId.equals(own)) {
            permissions.requireAdjust(user, own, meetings.findMeeting(user.municipalityId(), id).signerIds());
            return meetings.adjustMinutes(user.municipalityId(), id, own, user.username());
        }
        permissions.requireRecordConfirmation(user);
        return meetings.confirmMinutes(user.municipalityId(), id, personId, user.username());
    }

    @Operation(summary = "Record a correction of adjusted minutes")
    @PostMapping("/{id}/corrections")
    MeetingView correct(CurrentUser user, @PathVariable long id, @RequestBody CorrectionInput in) {
        permissions.requireCorrect(user);
        return meetings.addCorrection(user.municipalityId(), id, in.paragraphId(), in.text(), user.username());
    }

    static ResponseEntity<MeetingView> withEtag(MeetingView v) {
        return ResponseEntity.ok().eTag("\"" + v.version() + "\"").body(v);
    }

    /** The If-Match header wins over the body's version; without either the update is refused. */
    static long expectedVersion(String ifMatch, Long bodyVersion) {
        return se.tryggve.shared.web.IfMatch.required(ifMatch, bodyVersion);
    }
}
