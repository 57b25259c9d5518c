package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table of indicator values: the coordinator records any year; a department only through its open part. */
class IndicatorPermissionsTests {

    final FollowUpPermissions permissions = new FollowUpPermissions();

    @ParameterizedTest(name = "{0}: recordAny={1} viaOwnOpenPart={2} viaOtherPart={3}")
    @CsvSource({
            "ADMINISTRATOR,        true,  true,  true",
            "SECURITY_COORDINATOR, true,  true,  true",
            "DEPARTMENT_REPORTER,  false, true,  false",
            "SECRETARY,            false, false, false",
            "READER,               false, false, false"})
    void truthTable(Role role, boolean recordAny, boolean viaOwnOpenPart, boolean viaOtherPart) {
        CurrentUser user = new CurrentUser(1, 1, "u", "U", Set.of(role), 7L);
        assertThat(permissions.canRecordIndicatorValues(user)).isEqualTo(recordAny);
        assertThat(permissions.canEditPart(user, 7, PartStatus.OPEN)).isEqualTo(viaOwnOpenPart);
        assertThat(permissions.canEditPart(user, 8, PartStatus.OPEN)).isEqualTo(viaOtherPart);
        assertThat(permissions.canEditPart(user, 7, PartStatus.SUBMITTED)).isFalse();
        assertThat(permissions.canRecordIndicatorValues(null)).isFalse();
    }
}
