package se.tryggve.est;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with EST pictures. The security coordinator — the coordination function of
 * lag (2023:196) 3 § — and the administrator compile, correct and send pictures and keep the EST group's
 * addresses; readers read. Other roles (department reporters, secretaries, and partner reporters, who must
 * see only their own organisation's reports) have no access: a picture summarises every partner's reports.
 */
@Component
public class EstPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR, Role.READER);
    }

    public boolean canCompile(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    public void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    public void requireCompile(CurrentUser user) {
        require(canCompile(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("est");
        }
    }
}
