package se.tryggve.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the user's id, municipality (tenant), roles and, for a department reporter, the
 * department; for a partner reporter, the partner organisation. Controllers take it as a parameter;
 * every query is scoped by {@link #municipalityId()}.
 */
public record CurrentUser(long userId, long municipalityId, String username, String displayName,
                          Set<Role> roles, Long departmentId, Long partnerOrganisationId) implements java.io.Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public CurrentUser(long userId, long municipalityId, String username, String displayName, Set<Role> roles, Long departmentId) {
        this(userId, municipalityId, username, displayName, roles, departmentId, null);
    }

    /**
     * Whether the user works for the municipality: any role but {@link Role#PARTNER_REPORTER}. The
     * permission classes let staff read the registers; a partner reporter from outside reads nothing but
     * its own organisation's reports.
     */
    public boolean isStaff() {
        for (Role r : roles) {
            if (r != Role.PARTNER_REPORTER) {
                return true;
            }
        }
        return false;
    }

    /** A partner reporter and nothing else: limited to its own organisation's partner reports. */
    public boolean isPartnerOnly() {
        return !isStaff() && roles.contains(Role.PARTNER_REPORTER);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The user of the current request, or null for the anonymous public and background jobs. */
    public static CurrentUser orNull() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        if (auth.getPrincipal() instanceof TryggvePrincipal p) {
            return p.currentUser();
        }
        return null;
    }

    /** Name to write in the audit log: the username, or "system" for jobs and start-up. */
    public static String actorName() {
        CurrentUser user = orNull();
        return user == null ? "system" : user.username();
    }
}
