package se.tryggve.incidents;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what in the incident register. The security coordinator runs the register and, with the
 * administrator, does everything: categories, districts, every step, costs, the reporter's contact.
 * Department reporters are the municipality's staff out in the town (parks, properties, streets of any
 * department, since an incident belongs to a place, not to a department): they report incidents and
 * record a removal with its photo, but neither assign, close nor enter costs. Every logged-in role
 * reads the register, which holds no personal data; the reporter's contact (GDPR art. 5(1)(b), for the
 * case handling only) is shown to the coordinator and administrator alone.
 * <p>
 * A partner reporter (EST: a housing company, security firm, school…) is not staff: it files partner
 * reports for its own organisation and reads only that organisation's reports — another's id answers 404
 * like a missing one — and nothing else of the register. The coordinator (and the administrator) reviews
 * the new reports: marks them reviewed, reclassifies, merges duplicates (Lag 2023:196 3 §: the municipality's
 * coordination function gathers and weighs the information the lägesbild of 4 § is built from).
 */
@Component
public class IncidentPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.isStaff();
    }

    public boolean canReport(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR, Role.DEPARTMENT_REPORTER);
    }

    /** Filing partner reports and reading the own organisation's: a partner reporter with an organisation. */
    public boolean canReportAsPartner(CurrentUser user) {
        return user != null && user.has(Role.PARTNER_REPORTER) && user.partnerOrganisationId() != null;
    }

    /** The review queue: mark reviewed, reclassify, merge duplicates. */
    public boolean canReview(CurrentUser user) {
        return coordinator(user);
    }

    public void requireReportAsPartner(CurrentUser user) {
        require(canReportAsPartner(user));
    }

    public void requireReview(CurrentUser user) {
        require(canReview(user));
    }

    /** Recording a removal and adding photos: the field staff's part. */
    public boolean canRecordRemoval(CurrentUser user) {
        return canReport(user);
    }

    /** Assign, not our property, duplicate, close, handling fields and costs. */
    public boolean canHandle(CurrentUser user) {
        return coordinator(user);
    }

    public boolean canSeeReporter(CurrentUser user) {
        return coordinator(user);
    }

    /** Categories and districts. */
    public boolean canConfigure(CurrentUser user) {
        return coordinator(user);
    }

    private static boolean coordinator(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECURITY_COORDINATOR);
    }

    public void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    public void requireReport(CurrentUser user) {
        require(canReport(user));
    }

    public void requireRecordRemoval(CurrentUser user) {
        require(canRecordRemoval(user));
    }

    public void requireHandle(CurrentUser user) {
        require(canHandle(user));
    }

    public void requireConfigure(CurrentUser user) {
        require(canConfigure(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("incidents");
        }
    }
}
