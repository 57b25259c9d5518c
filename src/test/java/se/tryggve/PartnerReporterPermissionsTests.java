package se.tryggve;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Truth table of the role PARTNER_REPORTER (issue 6) over every permission class of the application: a
 * reporter from a partner organisation (a housing company, a security firm…) may file and read its own
 * organisation's partner reports and nothing else — no programmes, follow-ups, cases, meetings, audit,
 * statistics, other incidents, accounts, Open311 or prevention. Every {@code can…} question of every
 * permission class must answer no, except the incident register's {@code canReportAsPartner} and the own
 * account page (password change).
 */
class PartnerReporterPermissionsTests {

    static final CurrentUser PARTNER = new CurrentUser(1, 1, "p", "P", Set.of(Role.PARTNER_REPORTER), null, 9L);

    @ParameterizedTest
    @ValueSource(strings = {"se.tryggve.accounts.AccountsPermissions", "se.tryggve.audit.AuditPermissions",
            "se.tryggve.cases.CasePermissions", "se.tryggve.followup.FollowUpPermissions",
            "se.tryggve.governance.GovernancePermissions", "se.tryggve.incidents.IncidentPermissions",
            "se.tryggve.incidents.IncidentStatisticsPermissions", "se.tryggve.meetings.MeetingPermissions",
            "se.tryggve.open311.Open311Permissions", "se.tryggve.organisation.OrganisationPermissions",
            "se.tryggve.prevention.PreventionPermissions", "se.tryggve.est.EstPermissions",
            "se.tryggve.assessment.AssessmentPermissions", "se.tryggve.actionplan.ActionPlanPermissions",
            "se.tryggve.publicdata.PublicDataPermissions"})
    void aPartnerReporterMayDoNothingButItsOwnPartnerReports(String className) throws Exception {
        Class<?> type = Class.forName(className);
        Constructor<?> c = type.getDeclaredConstructor();
        c.setAccessible(true);
        Object permissions = c.newInstance();
        List<String> asked = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (m.getReturnType() != boolean.class || !m.getName().startsWith("can") || Modifier.isPrivate(m.getModifiers())
                    || m.getParameterCount() == 0 || m.getParameterTypes()[0] != CurrentUser.class) {
                continue;
            }
            m.setAccessible(true);
            Object[] args = new Object[m.getParameterCount()];
            args[0] = PARTNER;
            for (int i = 1; i < args.length; i++) {
                Class<?> p = m.getParameterTypes()[i];
                // the partner's own organisation id where an id is asked for, so only the role can refuse
                args[i] = p == long.class ? 9L : p == int.class ? 9 : p == boolean.class ? Boolean.TRUE : p == Long.class ? 9L
                        : p.isEnum() ? p.getEnumConstants()[0] : java.util.Collection.class.isAssignableFrom(p) ? List.of(9L) : null;
            }
            boolean allowed = (boolean) m.invoke(permissions, args);
            // its own partner reports, and its own account page with its password
            boolean expected = className.endsWith(".IncidentPermissions") && m.getName().equals("canReportAsPartner")
                    || className.endsWith(".AccountsPermissions") && m.getName().matches("canViewOwnAccount|canChangeOwnPassword");
            assertThat(allowed).as(type.getSimpleName() + "." + m.getName()).isEqualTo(expected);
            asked.add(m.getName());
        }
        assertThat(asked).as("questions asked of " + type.getSimpleName()).isNotEmpty();
    }
}
