package se.tryggve.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** The truth table of role × action. */
class ActionPlanPermissionsTests {

    final ActionPlanPermissions permissions = new ActionPlanPermissions();

    @ParameterizedTest
    @CsvSource({
            "ADMINISTRATOR, true, true",
            "SECURITY_COORDINATOR, true, true",
            "DEPARTMENT_REPORTER, true, false",
            "SECRETARY, true, false",
            "READER, true, false"})
    void rolesReadAndEdit(Role role, boolean read, boolean edit) {
        CurrentUser user = user(role);
        assertThat(permissions.canRead(user)).isEqualTo(read);
        assertThat(permissions.canEdit(user)).isEqualTo(edit);
    }

    @org.junit.jupiter.api.Test
    void theAnonymousPublicAndAnAccountWithoutRolesDoNothing() {
        assertThat(permissions.canRead(null)).isFalse();
        assertThat(permissions.canEdit(null)).isFalse();
        CurrentUser none = new CurrentUser(1, 1, "x", "X", Set.of(), null);
        assertThat(permissions.canRead(none)).isFalse();
        assertThat(permissions.canEdit(none)).isFalse();
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(1, 1, "u", "U", Set.of(role), 7L);
    }
}
