package se.tryggve.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with the lägesbild. It is the coordination function's document (lag 2023:196 3 §:
 * the security coordinator, and the administrator), so they edit it, send it for decision and set the
 * deciding body; readers read it. Department reporters and secretaries see nothing: the draft analysis
 * names places and groups of people and is not theirs to read before it is decided.
 */
@Component
class AssessmentPermissions {

    boolean canRead(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR, Role.READER);
    }

    boolean canEdit(CurrentUser user) {
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
            throw new AccessDeniedException("assessment");
        }
    }
}
