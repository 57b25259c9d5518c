package se.tryggve.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the user's id, municipality (tenant), roles and, for a department reporter, the
 * department. Controllers take it as a parameter; every query is scoped by {@link #municipalityId()}.
 */
public record CurrentUser(long userId, long municipalityId, String username, String displayName,
                          Set<Role> roles, Long departmentId) implements java.io.Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
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
