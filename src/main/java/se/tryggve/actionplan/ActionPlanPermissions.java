package se.tryggve.actionplan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with action plans. The coordination function (lag 2023:196 3 §: the security
 * coordinator) and administrators link measures; the municipality's own staff — department reporters,
 * who carry out and report the measures, secretaries and readers — read the traceability view. Anyone
 * else (an account of a partner organisation) reads only the public summary.
 */
@Component
public class ActionPlanPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR, Role.DEPARTMENT_REPORTER,
                Role.SECRETARY, Role.READER);
    }

    public boolean canEdit(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    void requireEdit(CurrentUser user) {
        require(canEdit(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Behörighet saknas");
        }
    }
}
