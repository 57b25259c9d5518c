package se.tryggve.incidents;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with the graffiti follow-up, statistics, import and export. Every logged-in role reads the
 * statistics and exports the register (aggregates and the register's own fields, no reporter's personal data);
 * the security coordinator and the administrator own the guideline's targets and bring in historical data.
 */
@Component
public class IncidentStatisticsPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.isStaff();
    }

    public boolean canManage(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    public boolean canImport(CurrentUser user) {
        return canManage(user);
    }

    public void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    public void requireManage(CurrentUser user) {
        require(canManage(user));
    }

    public void requireImport(CurrentUser user) {
        require(canImport(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("incidents");
        }
    }
}
