package se.tryggve.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table: role × reading the audit log. */
class AuditPermissionsTest {

    final AuditPermissions permissions = new AuditPermissions();

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAdministratorsReadTheLog(Role role) {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(role), role == Role.DEPARTMENT_REPORTER ? 2L : null);
        assertThat(permissions.canReadAuditLog(user)).isEqualTo(role == Role.ADMINISTRATOR);
        if (role != Role.ADMINISTRATOR) {
            assertThatThrownBy(() -> permissions.requireReadAuditLog(user)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nobodyLoggedInReadsNothing() {
        assertThat(permissions.canReadAuditLog(null)).isFalse();
    }
}
