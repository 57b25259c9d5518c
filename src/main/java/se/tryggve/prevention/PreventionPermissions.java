package se.tryggve.prevention;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what in the extremism follow-up. The security coordinator owns the guideline (the local
 * coordinator's work is reported here) and, like the administrator, records and reads every unit's
 * real figures. A department reporter records and reads only the own department's figures. Everyone
 * logged in — secretaries and readers too — sees the published figures, in which counts under 5 are
 * suppressed; the real small counts stay with those who record them (data minimisation, GDPR art. 5.1 c).
 */
@Component
public class PreventionPermissions {

    /** The published (suppressed) figures, e.g. the report section and the open-data output. */
    public boolean canReadPublished(CurrentUser user) {
        return user != null && user.isStaff();
    }

    /** Every unit's real figures. */
    public boolean canReadAll(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    /** The real figures of one unit (departmentId null = the municipality as a whole). */
    public boolean canRead(CurrentUser user, Long departmentId) {
        return canReadAll(user) || ownDepartment(user, departmentId);
    }

    /** Record, change or remove the figures of one unit (departmentId null = the municipality as a whole). */
    public boolean canRecord(CurrentUser user, Long departmentId) {
        return canReadAll(user) || ownDepartment(user, departmentId);
    }

    /** May record figures for some unit at all: shows the entry pages and the "new" button. */
    public boolean canRecordAny(CurrentUser user) {
        return canReadAll(user) || (user != null && user.has(Role.DEPARTMENT_REPORTER) && user.departmentId() != null);
    }

    private static boolean ownDepartment(CurrentUser user, Long departmentId) {
        return user != null && user.has(Role.DEPARTMENT_REPORTER) && departmentId != null
                && Objects.equals(user.departmentId(), departmentId);
    }

    public void requireReadPublished(CurrentUser user) {
        require(canReadPublished(user));
    }

    public void requireRead(CurrentUser user, Long departmentId) {
        require(canRead(user, departmentId));
    }

    public void requireRecord(CurrentUser user, Long departmentId) {
        require(canRecord(user, departmentId));
    }

    public void requireRecordAny(CurrentUser user) {
        require(canRecordAny(user));
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Behörighet saknas");
        }
    }
}
