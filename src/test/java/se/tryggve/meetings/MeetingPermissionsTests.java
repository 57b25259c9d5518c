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

/**
 * Truth tables. Role × action: the secretary (and administrator) edit, record confirmations on a
 * signer's behalf and correct; every role reads. Role × relation to the meeting: the chair and the
 * adjusters (a user whose account is linked to one of them) adjust personally, whatever their role;
 * nobody else does, nor the anonymous public (who see only posted notices, see NoticesTests).
 * Meetings are not owned by a department, so there is no own/other department axis.
 */
class MeetingPermissionsTests {

    private static final long CHAIR = 10;
    private static final long ADJUSTER = 11;
    private static final long OTHER_MEMBER = 12;
    private static final Set<Long> SIGNERS = Set.of(CHAIR, ADJUSTER);

    private final MeetingPermissions permissions = new MeetingPermissions();

    private static CurrentUser user(Role role) {
        return new CurrentUser(1, 1, "u", "U", Set.of(role), role == Role.DEPARTMENT_REPORTER ? 5L : null);
    }

    @Test
    void truthTable() {
        Map<String, BiPredicate<MeetingPermissions, CurrentUser>> actions = Map.of(
                "read", MeetingPermissions::canRead,
                "edit", MeetingPermissions::canEdit,
                "recordConfirmation", MeetingPermissions::canRecordConfirmation,
                "correct", MeetingPermissions::canCorrect);
        Map<Role, Set<String>> allowed = Map.of(
                Role.ADMINISTRATOR, Set.of("read", "edit", "recordConfirmation", "correct"),
                Role.SECRETARY, Set.of("read", "edit", "recordConfirmation", "correct"),
                Role.SECURITY_COORDINATOR, Set.of("read"),
                Role.DEPARTMENT_REPORTER, Set.of("read"),
                Role.READER, Set.of("read"),
                Role.PARTNER_REPORTER, Set.of());
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
    void chairAndAdjustersAdjustWhateverTheirRoleAndNobodyElse() {
        for (Role role : Role.values()) {
            if (role == Role.PARTNER_REPORTER) {
                // no member of staff: reads no minutes, so adjusts none even if linked to a person (issue 6)
                assertThat(permissions.canAdjust(user(role), CHAIR, SIGNERS)).as(role + " as chair").isFalse();
                continue;
            }
            assertThat(permissions.canAdjust(user(role), CHAIR, SIGNERS)).as(role + " as chair").isTrue();
            assertThat(permissions.canAdjust(user(role), ADJUSTER, SIGNERS)).as(role + " as adjuster").isTrue();
            assertThat(permissions.canAdjust(user(role), OTHER_MEMBER, SIGNERS)).as(role + " as other member").isFalse();
            assertThat(permissions.canAdjust(user(role), null, SIGNERS)).as(role + " not linked").isFalse();
        }
        assertThat(permissions.canAdjust(null, CHAIR, SIGNERS)).as("anonymous").isFalse();
        // an account without any role reads nothing, so it cannot adjust either
        assertThat(permissions.canAdjust(new CurrentUser(1, 1, "u", "U", Set.of(), null), CHAIR, SIGNERS)).isFalse();
    }

    @Test
    void requireThrowsAccessDenied() {
        assertThatThrownBy(() -> permissions.requireEdit(user(Role.READER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> permissions.requireRecordConfirmation(user(Role.SECURITY_COORDINATOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> permissions.requireAdjust(user(Role.SECRETARY), null, SIGNERS))
                .isInstanceOf(AccessDeniedException.class);
        permissions.requireRead(user(Role.READER));
        permissions.requireEdit(user(Role.SECRETARY));
        permissions.requireAdjust(user(Role.READER), ADJUSTER, SIGNERS);
    }
}
