package se.tryggve.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what with accounts: only administrators see and manage other people's accounts;
 * every logged-in user sees their own account and changes their own password.
 */
@Component
class AccountsPermissions {

    boolean canListAccounts(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    boolean canManageAccounts(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    boolean canViewOwnAccount(CurrentUser user) {
        return user != null;
    }

    boolean canChangeOwnPassword(CurrentUser user) {
        return user != null;
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed");
        }
    }
}
