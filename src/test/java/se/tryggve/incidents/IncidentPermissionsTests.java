package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/** Truth table: role × action of the incident register. */
class IncidentPermissionsTests {

    final IncidentPermissions permissions = new IncidentPermissions();

    @ParameterizedTest(name = "{0}: read {1}, report {2}, removal {3}, handle {4}, reporter {5}, configure {6}")
    @CsvSource({
            "ADMINISTRATOR,        true, true,  true,  true,  true,  true",
            "SECURITY_COORDINATOR, true, true,  true,  true,  true,  true",
            "DEPARTMENT_REPORTER,  true, true,  true,  false, false, false",
            "SECRETARY,            true, false, false, false, false, false",
            "READER,               true, false, false, false, false, false",
            "PARTNER_REPORTER,     false, false, false, false, false, false"})
    void whoMayDoWhat(Role role, boolean read, boolean report, boolean removal, boolean handle, boolean reporter, boolean configure) {
        CurrentUser u = new CurrentUser(1, 1, "u", "U", Set.of(role), role == Role.DEPARTMENT_REPORTER ? 7L : null);
        assertThat(permissions.canRead(u)).isEqualTo(read);
        assertThat(permissions.canReport(u)).isEqualTo(report);
        assertThat(permissions.canRecordRemoval(u)).isEqualTo(removal);
        assertThat(permissions.canHandle(u)).isEqualTo(handle);
        assertThat(permissions.canSeeReporter(u)).isEqualTo(reporter);
        assertThat(permissions.canConfigure(u)).isEqualTo(configure);
        assertThat(permissions.canReview(u)).isEqualTo(handle);
        assertThat(permissions.canReportAsPartner(u)).isFalse();
    }

    /** A partner reporter linked to its organisation files partner reports; nothing else (PartnerReporterPermissionsTests). */
    @org.junit.jupiter.api.Test
    void aPartnerReporterWithAnOrganisationReportsAsPartnerOnly() {
        CurrentUser p = new CurrentUser(1, 1, "p", "P", Set.of(Role.PARTNER_REPORTER), null, 9L);
        assertThat(permissions.canReportAsPartner(p)).isTrue();
        assertThat(permissions.canRead(p)).isFalse();
        assertThat(permissions.canReport(p)).isFalse();
        assertThat(permissions.canReview(p)).isFalse();
        CurrentUser without = new CurrentUser(1, 1, "p", "P", Set.of(Role.PARTNER_REPORTER), null, null);
        assertThat(permissions.canReportAsPartner(without)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void nobodyWithoutALogin() {
        assertThat(permissions.canRead(null)).isFalse();
        assertThat(permissions.canReport(null)).isFalse();
        assertThat(permissions.canHandle(null)).isFalse();
    }
}
