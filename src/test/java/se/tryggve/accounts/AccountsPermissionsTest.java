package se.tryggve.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table: role × action. */
class AccountsPermissionsTest {

    final AccountsPermissions permissions = new AccountsPermissions();

    static CurrentUser user(Role role) {
        return new CurrentUser(7, 1, "u", "U", Set.of(role), role == Role.DEPARTMENT_REPORTER ? 3L : null);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAdministratorsListAndManageAccounts(Role role) {
        boolean admin = role == Role.ADMINISTRATOR;
        assertThat(permissions.canListAccounts(user(role))).isEqualTo(admin);
        assertThat(permissions.canManageAccounts(user(role))).isEqualTo(admin);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesOwnAccountAndChangesOwnPassword(Role role) {
        assertThat(permissions.canViewOwnAccount(user(role))).isTrue();
        assertThat(permissions.canChangeOwnPassword(user(role))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void nobodyLoggedInMayDoNothing() {
        assertThat(permissions.canListAccounts(null)).isFalse();
        assertThat(permissions.canManageAccounts(null)).isFalse();
        assertThat(permissions.canViewOwnAccount(null)).isFalse();
        assertThat(permissions.canChangeOwnPassword(null)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aUserWithSeveralRolesIncludingAdministratorManagesAccounts() {
        CurrentUser both = new CurrentUser(7, 1, "u", "U", Set.of(Role.READER, Role.ADMINISTRATOR), null);
        assertThat(permissions.canManageAccounts(both)).isTrue();
    }
}
