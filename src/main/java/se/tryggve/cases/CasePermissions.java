package se.tryggve.cases;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with cases. The secretary (registrator) and the administrator keep the registries
 * and register and edit cases; the security coordinator may turn an approved follow-up into a case.
 * Every logged-in role, department reporters included, reads all cases of the municipality: cases are
 * public documents once registered (TF 2 kap.), and a reporter often needs a case of another
 * department that concerns the own work.
 */
@Component
public class CasePermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.isStaff();
    }

    public boolean canManageRegistries(CurrentUser user) {
        return registrar(user);
    }

    public boolean canRegister(CurrentUser user) {
        return registrar(user);
    }

    public boolean canEdit(CurrentUser user) {
        return registrar(user);
    }

    public boolean canCreateFromFollowUp(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECRETARY, Role.SECURITY_COORDINATOR);
    }

    private static boolean registrar(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECRETARY);
    }

    public void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    public void requireManageRegistries(CurrentUser user) {
        require(canManageRegistries(user));
    }

    public void requireRegister(CurrentUser user) {
        require(canRegister(user));
    }

    public void requireEdit(CurrentUser user) {
        require(canEdit(user));
    }

    public void requireCreateFromFollowUp(CurrentUser user) {
        require(canCreateFromFollowUp(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("cases");
        }
    }
}
