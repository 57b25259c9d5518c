package se.tryggve.security;

/**
 * What a user may do, by job. A department reporter is limited to its own department; the
 * anonymous public has no account and sees only published material (later modules).
 */
public enum Role {
    ADMINISTRATOR,
    SECURITY_COORDINATOR,
    DEPARTMENT_REPORTER,
    SECRETARY,
    READER;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
