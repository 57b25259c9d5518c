package se.tryggve.meetings;

import java.util.Collection;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with meetings. The secretary keeps the minutes (edits); the chair and the
 * adjusters adjust them (KL 5 kap. 69 §, 6 kap. 35 §): a user whose account is linked to the
 * person who is the meeting's chair or an adjuster confirms personally. The secretary may still
 * record a confirmation given on paper or orally on someone's behalf. The administrator may do
 * what the secretary does; every logged-in role reads; the public sees only posted notices (they
 * have no role, so every check here is false for them).
 */
@Component
public class MeetingPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.isStaff();
    }

    public boolean canEdit(CurrentUser user) {
        return user != null && user.hasAny(Role.SECRETARY, Role.ADMINISTRATOR);
    }

    /** Records the chair's or an adjuster's confirmation on their behalf (method CONFIRMED). */
    public boolean canRecordConfirmation(CurrentUser user) {
        return canEdit(user);
    }

    /**
     * Adjusts personally: the user's account is linked to {@code personId}, who is one of the
     * meeting's signers (chair and adjusters). Any role may do so; reading needs a role.
     */
    public boolean canAdjust(CurrentUser user, Long personId, Collection<Long> signers) {
        return canRead(user) && personId != null && signers.contains(personId);
    }

    public boolean canCorrect(CurrentUser user) {
        return user != null && user.hasAny(Role.SECRETARY, Role.ADMINISTRATOR);
    }

    public void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    public void requireEdit(CurrentUser user) {
        require(canEdit(user));
    }

    public void requireRecordConfirmation(CurrentUser user) {
        require(canRecordConfirmation(user));
    }

    public void requireAdjust(CurrentUser user, Long personId, Collection<Long> signers) {
        require(canAdjust(user, personId, signers));
    }

    public void requireCorrect(CurrentUser user) {
        require(canCorrect(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("meetings");
        }
    }
}
