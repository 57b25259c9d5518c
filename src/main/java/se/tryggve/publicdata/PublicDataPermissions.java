package se.tryggve.publicdata;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with public data. The security coordinator (the coordination function of Lag 2023:196
 * 3 §) and the administrator import, fetch and configure; the municipality's own staff read the lists,
 * which hold only published open data. Reporters from partner organisations do not: the pages are a
 * tool of the coordination, not of reporting.
 */
@Component
public class PublicDataPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR, Role.DEPARTMENT_REPORTER,
                Role.SECRETARY, Role.READER);
    }

    public boolean canImport(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    public void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    public void requireImport(CurrentUser user) {
        require(canImport(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("publicdata");
        }
    }
}
