package se.tryggve.open311;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may manage Open311. Api keys let outside applications write into the register, so only the
 * administrator creates and revokes them. The service definitions (what a report asks about a
 * category) belong to the incident handling, so the security coordinator configures them too.
 */
@Component
public class Open311Permissions {

    public boolean canManageKeys(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    public boolean canConfigureServices(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    public void requireManageKeys(CurrentUser user) {
        require(canManageKeys(user));
    }

    public void requireConfigureServices(CurrentUser user) {
        require(canConfigureServices(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("open311");
        }
    }
}
