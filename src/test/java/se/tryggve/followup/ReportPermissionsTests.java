package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table of reading the follow-up report (preview, PDF, DOCX, XLSX): every role, and no one without a role. */
class ReportPermissionsTests {

    final FollowUpPermissions permissions = new FollowUpPermissions();

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "PARTNER_REPORTER", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleReadsTheReport(Role role) {
        assertThat(permissions.readReport(new CurrentUser(1, 1, "u", "U", Set.of(role), 7L))).isTrue();
    }

    /** A partner organisation's reporter is no member of staff (issue 6). */
    @Test
    void aPartnerReporterReadsNoReport() {
        assertThat(permissions.readReport(new CurrentUser(1, 1, "u", "U", Set.of(Role.PARTNER_REPORTER), null, 9L))).isFalse();
    }

    @Test
    void noRoleNoReport() {
        assertThat(permissions.readReport(new CurrentUser(1, 1, "u", "U", Set.of(), null))).isFalse();
        assertThat(permissions.readReport(null)).isFalse();
    }
}
