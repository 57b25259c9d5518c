package se.tryggve.meetings;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.organisation.BodySecretaries;
import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * The secretary of the body keeps its minutes: an account with only the secretary role may change the
 * meetings of a body whose named secretaries include the account's linked person — or of any body with
 * none named (the municipality's secretariat serves it). Administrators and background jobs are not
 * limited; the controllers check the role itself ({@link MeetingPermissions}). Checked in the use cases,
 * so the pages and the API cannot differ.
 */
@Component
class SecretaryOfBody {

    private final BodySecretaries secretaries;
    private final LinkedPerson linkedPerson;

    SecretaryOfBody(BodySecretaries secretaries, LinkedPerson linkedPerson) {
        this.secretaries = secretaries;
        this.linkedPerson = linkedPerson;
    }

    /** Whether the user may keep the minutes of the body (for the pages' buttons). */
    boolean serves(CurrentUser user, long m, long bodyId) {
        if (user == null || user.has(Role.ADMINISTRATOR) || !user.has(Role.SECRETARY)) {
            return true;
        }
        List<Long> named = secretaries.secretaries(m, bodyId);
        if (named.isEmpty()) {
            return true;
        }
        Long own = linkedPerson.of(user);
        return own != null && named.contains(own);
    }

    /** Refuses (403) a secretary who does not serve the body; the acting user is the request's. */
    void require(long m, long bodyId) {
        if (!serves(CurrentUser.orNull(), m, bodyId)) {
            throw new AccessDeniedException("meetings: not a secretary of the body");
        }
    }
}
