package se.tryggve.meetings;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/**
 * The official notice board over the API. Reading is public like the board itself (KL 8 kap. 9 §:
 * the notice board is open to everyone); posting is the secretary's.
 */
@ApiController("/api/v1")
class NoticeApi {

    /** What the public sees of a notice: no warnings, no user names. */
    record PublicNotice(long id, Long replacesNoticeId, String municipality, String bodyName, LocalDate meetingDate,
                        String concerns, LocalDate adjustedOn, LocalDate postedOn, LocalDate takeDownOn,
                        LocalDate lastDayOfAppeal, String keptAt, boolean current, String minutesPdf) {

        static PublicNotice of(Notice n, LocalDate today) {
            return new PublicNotice(n.id(), n.replacesNoticeId(), n.municipalityName(), n.bodyName(), n.meetingDate(),
                    n.concerns(), n.adjustedOn(), n.postedOn(), n.takeDownOn(), n.lastDayOfAppeal(), n.keptAt(),
                    n.currentOn(today), "/anslagstavla/" + n.id() + "/protokoll.pdf");
        }
    }

    record NoticeInput(LocalDate postedOn, String keptAt) {
    }

    private final Notices notices;
    private final MeetingPermissions permissions;
    private final java.time.Clock clock;

    NoticeApi(Notices notices, MeetingPermissions permissions, java.time.Clock clock) {
        this.notices = notices;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Operation(summary = "Notices of adjusted minutes on the official notice board, newest first (public)")
    @SecurityRequirements
    @GetMapping("/notices")
    PageResult<PublicNotice> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                                  @Parameter(description = "only this municipality's notices: its four-digit code, e.g. 0126")
                                  @RequestParam(required = false) String municipality) {
        LocalDate today = LocalDate.now(clock.withZone(Notices.SWEDEN));
        return PageResult.of(notices.board(municipality, "municipality").stream().filter(n -> !n.postedOn().isAfter(today))
                .map(n -> PublicNotice.of(n, today)).toList(), page, size);
    }

    @Operation(summary = "One notice of the official notice board (public)")
    @SecurityRequirements
    @GetMapping("/notices/{id}")
    PublicNotice get(@PathVariable long id) {
        LocalDate today = LocalDate.now(clock.withZone(Notices.SWEDEN));
        Notice n = notices.findPublicNotice(id).notice();
        if (n.postedOn().isAfter(today)) {
            throw new se.tryggve.shared.NotFoundException("Notice", id);
        }
        return PublicNotice.of(n, today);
    }

    @Operation(summary = "Notices posted for a meeting, with the warnings on late adjustment or posting")
    @GetMapping("/meetings/{id}/notices")
    java.util.List<Notice> ofMeeting(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return notices.noticesOfMeeting(user.municipalityId(), id);
    }

    @Operation(summary = "Post the adjusted minutes on the official notice board (KL 8 kap. 12 §)")
    @PostMapping("/meetings/{id}/notices")
    ResponseEntity<Notice> post(CurrentUser user, @PathVariable long id, @RequestBody NoticeInput in) {
        permissions.requireEdit(user);
        Notice n = notices.postNotice(user.municipalityId(), id, in.postedOn(), in.keptAt(), user.displayName());
        return ResponseEntity.created(URI.create("/api/v1/notices/" + n.id())).body(n);
    }

    @Operation(summary = "Correct a notice: a new notice replacing it (the old one stays as announced)")
    @PostMapping("/notices/{id}/corrections")
    ResponseEntity<Notice> correct(CurrentUser user, @PathVariable long id, @RequestBody NoticeInput in) {
        permissions.requireEdit(user);
        Notice n = notices.correctNotice(user.municipalityId(), id, in.postedOn(), in.keptAt(), user.displayName());
        return ResponseEntity.created(URI.create("/api/v1/notices/" + n.id())).body(n);
    }
}
