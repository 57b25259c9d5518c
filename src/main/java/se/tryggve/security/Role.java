package se.tryggve.security;

/**
 * What a user may do, by job. A department reporter is limited to its own department; the
 * anonymous public has no account and sees only published material (later modules). A partner
 * reporter (a housing company, security firm, school or the police contact of the EST work) is no
 * member of the municipality's staff: it files partner reports and reads its own organisation's,
 * nothing else ({@link CurrentUser#isStaff()}).
 */
public enum Role {
    ADMINISTRATOR,
    SECURITY_COORDINATOR,
    DEPARTMENT_REPORTER,
    SECRETARY,
    READER,
    PARTNER_REPORTER;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
