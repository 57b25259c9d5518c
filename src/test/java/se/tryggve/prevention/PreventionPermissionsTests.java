package se.tryggve.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Truth table: role × action × unit. The user's own department is 5; 6 is another department; an empty
 * unit is the municipality as a whole.
 */
class PreventionPermissionsTests {

    private final PreventionPermissions permissions = new PreventionPermissions();

    @ParameterizedTest(name = "{0}: published={1} all={2} any={3} own={4} other={5} municipality={6}")
    @CsvSource({
            // role,                published, readAll, recordAny, own dept, other dept, whole municipality
            "ADMINISTRATOR,         true,      true,    true,      true,     true,       true",
            "SECURITY_COORDINATOR,  true,      true,    true,      true,     true,       true",
            "DEPARTMENT_REPORTER,   true,      false,   true,      true,     false,      false",
            "SECRETARY,             true,      false,   false,     false,    false,      false",
            "READER,                true,      false,   false,     false,    false,      false"})
    void truthTable(Role role, boolean published, boolean readAll, boolean recordAny, boolean own, boolean other,
                    boolean municipality) {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(role), 5L);
        assertThat(permissions.canReadPublished(user)).isEqualTo(published);
        assertThat(permissions.canReadAll(user)).isEqualTo(readAll);
        assertThat(permissions.canRecordAny(user)).isEqualTo(recordAny);
        assertThat(permissions.canRecord(user, 5L)).isEqualTo(own);
        assertThat(permissions.canRead(user, 5L)).isEqualTo(own);
        assertThat(permissions.canRecord(user, 6L)).isEqualTo(other);
        assertThat(permissions.canRead(user, 6L)).isEqualTo(other);
        assertThat(permissions.canRecord(user, null)).isEqualTo(municipality);
        if (!other) {
            assertThatThrownBy(() -> permissions.requireRecord(user, 6L)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aReporterWithoutADepartmentRecordsNothing() {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(Role.DEPARTMENT_REPORTER), null);
        assertThat(permissions.canRecordAny(user)).isFalse();
        assertThat(permissions.canRecord(user, null)).isFalse();
    }

    @Test
    void nobodyWithoutRolesOrLoginMayDoAnything() {
        CurrentUser none = new CurrentUser(1, 1, "u", "U", Set.of(), null);
        assertThat(permissions.canReadPublished(none)).isFalse();
        assertThat(permissions.canReadPublished(null)).isFalse();
        assertThat(permissions.canRecordAny(null)).isFalse();
        assertThat(permissions.canRecord(null, null)).isFalse();
        assertThatThrownBy(() -> permissions.requireReadPublished(null)).isInstanceOf(AccessDeniedException.class);
    }
}
