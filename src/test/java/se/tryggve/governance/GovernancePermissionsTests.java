package se.tryggve.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table: role × action × own/other department. */
class GovernancePermissionsTests {

    static final long OWN = 7;
    static final long OTHER = 8;

    final GovernancePermissions permissions = new GovernancePermissions();

    @ParameterizedTest(name = "{0}: read={1} editDocuments={2} activityOwn={3} activityOther={4} moveOwnToOther={5}")
    @CsvSource({
            "ADMINISTRATOR,        true, true,  true,  true,  true",
            "SECURITY_COORDINATOR, true, true,  true,  true,  true",
            "DEPARTMENT_REPORTER,  true, false, true,  false, false",
            "SECRETARY,            true, false, false, false, false",
            "READER,               true, false, false, false, false"})
    void truthTable(Role role, boolean read, boolean editDocuments, boolean activityOwn, boolean activityOther,
                    boolean moveOwnToOther) {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(role), OWN);
        assertThat(permissions.canRead(user)).isEqualTo(read);
        assertThat(permissions.canEditDocuments(user)).isEqualTo(editDocuments);
        assertThat(permissions.canEditActivity(user, OWN)).isEqualTo(activityOwn);
        assertThat(permissions.canEditActivity(user, OTHER)).isEqualTo(activityOther);
        assertThat(permissions.canUpdateActivity(user, OWN, OWN)).isEqualTo(activityOwn);
        assertThat(permissions.canUpdateActivity(user, OWN, OTHER)).isEqualTo(moveOwnToOther);
        assertThat(permissions.canUpdateActivity(user, OTHER, OWN)).isEqualTo(moveOwnToOther);
    }

    @ParameterizedTest
    @CsvSource({"DEPARTMENT_REPORTER"})
    void reporterWithoutDepartmentMayNotEditActivities(Role role) {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(role), null);
        assertThat(permissions.canEditActivity(user, OWN)).isFalse();
        assertThat(permissions.canEditActivity(user, null)).isFalse();
        assertThat(permissions.canCreateSomeActivity(user)).isFalse();
    }
}
