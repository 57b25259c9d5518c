package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table: role × action × own/other department × state of the part. */
class FollowUpPermissionsTests {

    static final long OWN = 7;
    static final long OTHER = 8;

    final FollowUpPermissions permissions = new FollowUpPermissions();

    @ParameterizedTest(name = "{0}: read={1} coordinate={2} ownOpen={3} otherOpen={4} ownReturned={5} readOtherPart={6}")
    @CsvSource({
            "ADMINISTRATOR,        true, true,  true,  true,  true,  true",
            "SECURITY_COORDINATOR, true, true,  true,  true,  true,  true",
            "DEPARTMENT_REPORTER,  true, false, true,  false, true,  false",
            "SECRETARY,            true, false, false, false, false, true",
            "READER,               true, false, false, false, false, true"})
    void truthTable(Role role, boolean read, boolean coordinate, boolean ownOpen, boolean otherOpen, boolean ownReturned,
                    boolean readOtherPart) {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(role), OWN);
        assertThat(permissions.canRead(user)).isEqualTo(read);
        assertThat(permissions.canCoordinate(user)).isEqualTo(coordinate);
        assertThat(permissions.canEditPart(user, OWN, PartStatus.OPEN)).isEqualTo(ownOpen);
        assertThat(permissions.canEditPart(user, OTHER, PartStatus.OPEN)).isEqualTo(otherOpen);
        assertThat(permissions.canEditPart(user, OWN, PartStatus.RETURNED)).isEqualTo(ownReturned);
        assertThat(permissions.canEditPart(user, OWN, PartStatus.SUBMITTED)).isFalse();
        assertThat(permissions.canEditPart(user, OWN, PartStatus.ACCEPTED)).isFalse();
        assertThat(permissions.canReadPart(user, OWN)).isTrue();
        assertThat(permissions.canReportFor(user, OWN)).isEqualTo(ownOpen);
        assertThat(permissions.canReportFor(user, OTHER)).isEqualTo(otherOpen);
        assertThat(permissions.canReadPart(user, OTHER)).isEqualTo(readOtherPart);
    }

    @Test
    void reporterWithoutDepartmentEditsNoPart() {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(Role.DEPARTMENT_REPORTER), null);
        assertThat(permissions.canEditPart(user, OWN, PartStatus.OPEN)).isFalse();
    }

    @Test
    void nobodyWithoutRolesReads() {
        assertThat(permissions.canRead(null)).isFalse();
        assertThat(permissions.canRead(new CurrentUser(1, 1, "u", "U", Set.of(), OWN))).isFalse();
    }

    @ParameterizedTest(name = "{0} reads the report: {1}")
    @CsvSource({"ADMINISTRATOR, true", "SECURITY_COORDINATOR, true", "DEPARTMENT_REPORTER, true", "SECRETARY, true",
            "READER, true"})
    void readReport(Role role, boolean allowed) {
        assertThat(permissions.readReport(new CurrentUser(1, 1, "u", "U", Set.of(role), OWN))).isEqualTo(allowed);
        assertThat(permissions.readReport(new CurrentUser(1, 1, "u", "U", Set.of(role), null))).isEqualTo(allowed);
    }

    @Test
    void nobodyWithoutRolesReadsTheReport() {
        assertThat(permissions.readReport(null)).isFalse();
        assertThat(permissions.readReport(new CurrentUser(1, 1, "u", "U", Set.of(), OWN))).isFalse();
    }
}
