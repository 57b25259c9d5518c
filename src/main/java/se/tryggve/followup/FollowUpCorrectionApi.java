package se.tryggve.followup;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.ApiController;

/**
 * Correction of an approved follow-up through the API: a new open version that supersedes it.
 * A follow-up that is not approved, or already corrected, conflicts with its state: 409.
 */
@ApiController("/api/v1")
class FollowUpCorrectionApi {

    private final FollowUps followUps;
    private final FollowUpPermissions permissions;
    private final MessageSource messages;

    FollowUpCorrectionApi(FollowUps followUps, FollowUpPermissions permissions, MessageSource messages) {
        this.followUps = followUps;
        this.permissions = permissions;
        this.messages = messages;
    }

    @Operation(summary = "Correct an approved follow-up: opens a new version that supersedes it")
    @PostMapping("/follow-ups/{id}/corrections")
    ResponseEntity<Object> correct(CurrentUser me, @PathVariable long id) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        FollowUp correction;
        try {
            correction = followUps.correctFollowUp(me.municipalityId(), id);
        } catch (RuleViolationException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
            problem.setType(URI.create("https://tryggve.se/problem/conflict"));
            problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + correction.id()))
                .eTag("\"" + correction.version() + "\"").body(correction);
    }
}
