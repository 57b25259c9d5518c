package se.tryggve.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Role × action truth table of the organisation module (no action depends on the user's own department). */
class OrganisationPermissionsTests {

    static final OrganisationPermissions P = new OrganisationPermissions();

    static final Map<String, BiPredicate<OrganisationPermissions, CurrentUser>> ACTIONS = Map.of(
            "read", OrganisationPermissions::canRead,
            "departments", OrganisationPermissions::canManageDepartments,
            "settings", OrganisationPermissions::canManageSettings,
            "bodies", OrganisationPermissions::canManageBodies,
            "parties", OrganisationPermissions::canManageParties,
            "people", OrganisationPermissions::canManagePeople,
            "memberships", OrganisationPermissions::canManageMemberships,
            "officials", OrganisationPermissions::canManageOfficials);

    /** role, action, allowed */
    static Stream<Arguments> table() {
        Set<String> register = Set.of("bodies", "parties", "people", "memberships", "officials");
        return Stream.of(Role.values()).flatMap(role -> ACTIONS.keySet().stream().map(action -> {
            boolean allowed = switch (role) {
                case ADMINISTRATOR -> true;
                case SECRETARY -> action.equals("read") || register.contains(action);
                case SECURITY_COORDINATOR, DEPARTMENT_REPORTER, READER -> action.equals("read");
                // an outsider from a partner organisation reads nothing here (issue 6)
                case PARTNER_REPORTER -> false;
            };
            return Arguments.of(role, action, allowed);
        }));
    }

    static CurrentUser user(Role role, Long department) {
        return new CurrentUser(1, 1, "u", "U", Set.of(role), department);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("table")
    void truthTable(Role role, String action, boolean allowed) {
        // own or other department makes no difference in this module
        assertThat(ACTIONS.get(action).test(P, user(role, null))).isEqualTo(allowed);
        assertThat(ACTIONS.get(action).test(P, user(role, 7L))).isEqualTo(allowed);
    }

    @Test
    void nobodyLoggedInMayDoNothing() {
        ACTIONS.forEach((action, check) -> assertThat(check.test(P, null)).as(action).isFalse());
        assertThat(P.canRead(new CurrentUser(1, 1, "u", "U", Set.of(), null))).isFalse();
    }

    @Test
    void requireThrowsAccessDenied() {
        assertThatThrownBy(() -> P.requireManageDepartments(user(Role.SECRETARY, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> P.requireManageSettings(user(Role.SECURITY_COORDINATOR, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> P.requireManageMemberships(user(Role.READER, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> P.requireManageMemberships(user(Role.SECRETARY, null))).doesNotThrowAnyException();
        assertThatCode(() -> P.requireRead(user(Role.DEPARTMENT_REPORTER, 3L))).doesNotThrowAnyException();
    }

    @Test
    void rolesCombine() {
        CurrentUser both = new CurrentUser(1, 1, "u", "U", Set.of(Role.READER, Role.SECRETARY), null);
        assertThat(P.canManagePeople(both)).isTrue();
        assertThat(P.canManageDepartments(both)).isFalse();
    }
}
