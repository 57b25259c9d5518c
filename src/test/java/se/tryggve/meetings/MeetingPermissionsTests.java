package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table: role × action. Meetings are not owned by a department, so there is no own/other axis. */
class MeetingPermissionsTests {

    private final MeetingPermissions permissions = new MeetingPermissions();

    private static CurrentUser user(Role role) {
        return new CurrentUser(1, 1, "u", "U", Set.of(role), role == Role.DEPARTMENT_REPORTER ? 5L : null);
    }

    @Test
    void truthTable() {
        Map<String, BiPredicate<MeetingPermissions, CurrentUser>> actions = Map.of(
                "read", MeetingPermissions::canRead,
                "edit", MeetingPermissions::canEdit,
                "adjust", MeetingPermissions::canAdjust,
                "correct", MeetingPermissions::canCorrect);
        Map<Role, Set<String>> allowed = Map.of(
                Role.ADMINISTRATOR, Set.of("read", "edit", "adjust", "correct"),
                Role.SECRETARY, Set.of("read", "edit", "adjust", "correct"),
                Role.SECURITY_COORDINATOR, Set.of("read"),
                Role.DEPARTMENT_REPORTER, Set.of("read"),
                Role.READER, Set.of("read"));
        for (Role role : Role.values()) {
            for (var action : actions.entrySet()) {
                assertThat(action.getValue().test(permissions, user(role)))
                        .as(role + " " + action.getKey())
                        .isEqualTo(allowed.get(role).contains(action.getKey()));
                assertThat(action.getValue().test(permissions, null)).as("anonymous " + action.getKey()).isFalse();
            }
        }
    }

    @Test
    void requireThrowsAccessDenied() {
        assertThatThrownBy(() -> permissions.requireEdit(user(Role.READER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> permissions.requireAdjust(user(Role.SECURITY_COORDINATOR)))
                .isInstanceOf(AccessDeniedException.class);
        permissions.requireRead(user(Role.READER));
        permissions.requireEdit(user(Role.SECRETARY));
    }
}
