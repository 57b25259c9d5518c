package se.tryggve.followup;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what in follow-ups. Administrators and security coordinators do everything; a
 * department reporter edits and submits only its own department's part, and only while it is open;
 * secretaries and readers read.
 */
@Component
public class FollowUpPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.isStaff();
    }

    /** Open, summarise, review (return/accept), approve and correct follow-ups. */
    public boolean canCoordinate(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    /** A reporter sees only its own department's part; everyone else who reads sees every part. */
    public boolean canReadPart(CurrentUser user, long partDepartmentId) {
        if (!canRead(user)) {
            return false;
        }
        if (user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR, Role.SECRETARY, Role.READER)) {
            return true;
        }
        return Objects.equals(user.departmentId(), partDepartmentId);
    }

    /** Edit or submit a department's part in its current state. */
    public boolean canEditPart(CurrentUser user, long partDepartmentId, PartStatus status) {
        return status.editable() && canReportFor(user, partDepartmentId);
    }

    /**
     * Reports for the department at all, whatever the part's state: the API lets such a user try a
     * transition so that an illegal one is refused with its reason (400) rather than a bare 403.
     */
    public boolean canReportFor(CurrentUser user, long partDepartmentId) {
        if (canCoordinate(user)) {
            return true;
        }
        return user != null && user.has(Role.DEPARTMENT_REPORTER) && Objects.equals(user.departmentId(), partDepartmentId);
    }

    /**
     * Enter or import any year's value of any indicator on the indicator page or through the API. A
     * department enters its goals' values with its part instead (see {@link #canEditPart}).
     */
    public boolean canRecordIndicatorValues(CurrentUser user) {
        return canCoordinate(user);
    }

    /**
     * Read the whole follow-up report (preview, PDF, DOCX, XLSX). Department reporters may too: the
     * report is the municipality's public annex to a decision, not a department's draft.
     */
    public boolean readReport(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR, Role.SECRETARY, Role.READER,
                Role.DEPARTMENT_REPORTER);
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Behörighet saknas");
        }
    }
}
