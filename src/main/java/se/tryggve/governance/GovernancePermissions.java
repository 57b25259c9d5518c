package se.tryggve.governance;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what in governance. Administrators and security coordinators edit everything; a
 * department reporter reports on its own department's activities and reads the rest; secretaries
 * and readers read.
 */
@Component
public class GovernancePermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.isStaff();
    }

    /** Documents, areas, goals, indicators, adoption, copying. */
    public boolean canEditDocuments(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    /** Create an activity, or update one, for the given department (incl. its status). */
    public boolean canEditActivity(CurrentUser user, Long departmentId) {
        if (canEditDocuments(user)) {
            return true;
        }
        return user != null && user.has(Role.DEPARTMENT_REPORTER) && user.departmentId() != null
                && Objects.equals(user.departmentId(), departmentId);
    }

    /** Moving an activity to another department needs the right for both departments. */
    public boolean canUpdateActivity(CurrentUser user, Long currentDepartmentId, Long newDepartmentId) {
        return canEditActivity(user, currentDepartmentId) && canEditActivity(user, newDepartmentId);
    }

    /** Whether the user may create activities for some department (shows the "new" link). */
    public boolean canCreateSomeActivity(CurrentUser user) {
        return canEditDocuments(user) || (user != null && user.has(Role.DEPARTMENT_REPORTER) && user.departmentId() != null);
    }

    void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    void requireEditDocuments(CurrentUser user) {
        require(canEditDocuments(user));
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Behörighet saknas");
        }
    }
}
