package se.tryggve.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table: role × action. Reporters read all cases of the municipality (see CasePermissions). */
class CasePermissionsTests {

    private final CasePermissions permissions = new CasePermissions();

    @ParameterizedTest(name = "{0}: read={1} registries={2} register={3} edit={4} fromFollowUp={5}")
    @CsvSource({
            "ADMINISTRATOR,        true, true,  true,  true,  true",
            "SECRETARY,            true, true,  true,  true,  true",
            "SECURITY_COORDINATOR, true, false, false, false, true",
            "DEPARTMENT_REPORTER,  true, false, false, false, false",
            "READER,               true, false, false, false, false"})
    void truthTable(Role role, boolean read, boolean registries, boolean register, boolean edit, boolean fromFollowUp) {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(role), role == Role.DEPARTMENT_REPORTER ? 5L : null);
        assertThat(permissions.canRead(user)).isEqualTo(read);
        assertThat(permissions.canManageRegistries(user)).isEqualTo(registries);
        assertThat(permissions.canRegister(user)).isEqualTo(register);
        assertThat(permissions.canEdit(user)).isEqualTo(edit);
        assertThat(permissions.canCreateFromFollowUp(user)).isEqualTo(fromFollowUp);
        if (!register) {
            assertThatThrownBy(() -> permissions.requireRegister(user)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void nobodyWithoutRolesOrLoginMayDoAnything() {
        CurrentUser none = new CurrentUser(1, 1, "u", "U", Set.of(), null);
        assertThat(permissions.canRead(none)).isFalse();
        assertThat(permissions.canRead(null)).isFalse();
        assertThat(permissions.canCreateFromFollowUp(null)).isFalse();
        assertThatThrownBy(() -> permissions.requireRead(null)).isInstanceOf(AccessDeniedException.class);
    }
}
