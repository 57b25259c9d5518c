package se.tryggve.meetings;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with meetings. The secretary keeps the minutes and records the chair's and the
 * adjusters' confirmations on their behalf (users are not linked to people yet; personal
 * e-signing comes later); the administrator may do everything; every logged-in role reads.
 */
@Component
public class MeetingPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && !user.roles().isEmpty();
    }

    public boolean canEdit(CurrentUser user) {
        return user != null && user.hasAny(Role.SECRETARY, Role.ADMINISTRATOR);
    }

    public boolean canAdjust(CurrentUser user) {
        return user != null && user.hasAny(Role.SECRETARY, Role.ADMINISTRATOR);
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

    public void requireAdjust(CurrentUser user) {
        require(canAdjust(user));
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
