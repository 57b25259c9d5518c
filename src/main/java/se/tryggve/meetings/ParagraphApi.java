package se.tryggve.meetings;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;

/** JSON API of one paragraph: its texts, listed parts, votes and immediate adjustment. */
@ApiController("/api/v1/paragraphs")
class ParagraphApi {

    private final Meetings meetings;
    private final MeetingPermissions permissions;
    private final LinkedPerson linkedPerson;

    ParagraphApi(Meetings meetings, MeetingPermissions permissions, LinkedPerson linkedPerson) {
        this.meetings = meetings;
        this.permissions = permissions;
        this.linkedPerson = linkedPerson;
    }

    @Operation(summary = "A paragraph with all its parts; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<ParagraphView> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return withEtag(meetings.findParagraph(user.municipalityId(), id));
    }

    @Operation(summary = "Update the texts; send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<ParagraphView> update(CurrentUser user, @PathVariable long id,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody ParagraphInput in) {
        permissions.requireEdit(user);
        long expected = MeetingApi.expectedVersion(ifMatch, in.version());
        return withEtag(meetings.updateParagraph(user.municipalityId(), id, expected, in));
    }

    @Operation(summary = "Add a listed part (point, document, speaker, motion, reservation, note, conflict, annex)")
    @PostMapping("/{id}/items")
    ParagraphView addItem(CurrentUser user, @PathVariable long id, @Valid @RequestBody ItemInput in) {
        permissions.requireEdit(user);
        return meetings.addItem(user.municipalityId(), id, in);
    }

    @Operation(summary = "Remove a listed part")
    @DeleteMapping("/{id}/items/{itemId}")
    ParagraphView removeItem(CurrentUser user, @PathVariable long id, @PathVariable long itemId) {
        permissions.requireEdit(user);
        return meetings.removeItem(user.municipalityId(), id, itemId);
    }

    @Operation(summary = "Record a roll-call vote; the counts are computed")
    @PostMapping("/{id}/votes")
    ParagraphView recordVote(CurrentUser user, @PathVariable long id, @Valid @RequestBody VoteInput in) {
        permissions.requireEdit(user);
        return meetings.recordVote(user.municipalityId(), id, in);
    }

    @Operation(summary = "Remove a vote")
    @DeleteMapping("/{id}/votes/{voteId}")
    ParagraphView removeVote(CurrentUser user, @PathVariable long id, @PathVariable long voteId) {
        permissions.requireEdit(user);
        return meetings.removeVote(user.municipalityId(), id, voteId);
    }

    @Operation(summary = "Record a confirmation of an immediately adjusted paragraph")
    @PostMapping("/{id}/adjustments")
    ParagraphView confirm(CurrentUser user, @PathVariable long id,
                          @RequestBody(required = false) MeetingApi.Confirmation in) {
        permissions.requireRead(user);
        Long personId = in == null ? null : in.personId();
        Long own = linkedPerson.of(user);
        if (personId == null || personId.equals(own)) {
            ParagraphView p = meetings.findParagraph(user.municipalityId(), id);
            permissions.requireAdjust(user, own, meetings.findMeeting(user.municipalityId(), p.meetingId()).signerIds());
            return meetings.adjustParagraph(user.municipalityId(), id, own, user.username());
        }
        permissions.requireRecordConfirmation(user);
        return meetings.confirmParagraph(user.municipalityId(), id, personId, user.username());
    }

    @Operation(summary = "Whether the paragraph is confidential (masked in everything public) and the legal ground")
    @GetMapping("/{id}/confidentiality")
    ParagraphConfidentiality confidentiality(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return meetings.confidentialityOf(user.municipalityId(), id);
    }

    @Operation(summary = "Mark the paragraph confidential with its legal ground (OSL), or lift the marking")
    @PutMapping("/{id}/confidentiality")
    ParagraphConfidentiality markConfidentiality(CurrentUser user, @PathVariable long id,
                                                 @Valid @RequestBody ParagraphConfidentiality in) {
        permissions.requireEdit(user);
        meetings.markConfidentiality(user.municipalityId(), id, in.confidential(), in.ground());
        return meetings.confidentialityOf(user.municipalityId(), id);
    }

    private static ResponseEntity<ParagraphView> withEtag(ParagraphView v) {
        return ResponseEntity.ok().eTag("\"" + v.version() + "\"").body(v);
    }
}
