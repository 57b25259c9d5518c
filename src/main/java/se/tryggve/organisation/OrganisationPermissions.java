package se.tryggve.organisation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;

/**
 * Who may do what in the organisation module. The administrator manages everything, including
 * departments and the municipality's settings; the secretary keeps the member register (bodies,
 * parties, people, memberships, officials), since the secretary writes the protocols that rely on it.
 * Every member of staff may read; a partner reporter (from outside the municipality) may not.
 */
@Component
public class OrganisationPermissions {

    public boolean canRead(CurrentUser user) {
        return user != null && user.isStaff();
    }

    public boolean canManageDepartments(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    /** The partner organisations of the EST work: the administrator, who also makes their reporters' accounts. */
    public boolean canManagePartners(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    public void requireManagePartners(CurrentUser user) {
        require(canManagePartners(user));
    }

    public boolean canManageSettings(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    public boolean canManageBodies(CurrentUser user) {
        return keepsRegister(user);
    }

    /**
     * Names the secretaries of a body — the administrator only: the secretaries themselves must not be
     * able to give themselves another body's minutes.
     */
    public boolean canNameBodySecretaries(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    public void requireNameBodySecretaries(CurrentUser user) {
        require(canNameBodySecretaries(user));
    }

    public boolean canManageParties(CurrentUser user) {
        return keepsRegister(user);
    }

    public boolean canManagePeople(CurrentUser user) {
        return keepsRegister(user);
    }

    public boolean canManageMemberships(CurrentUser user) {
        return keepsRegister(user);
    }

    public boolean canManageOfficials(CurrentUser user) {
        return keepsRegister(user);
    }

    /** Bodies, parties, people, memberships and officials form the member register. */
    private static boolean keepsRegister(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.SECRETARY);
    }

    public void requireRead(CurrentUser user) {
        require(canRead(user));
    }

    public void requireManageDepartments(CurrentUser user) {
        require(canManageDepartments(user));
    }

    public void requireManageSettings(CurrentUser user) {
        require(canManageSettings(user));
    }

    public void requireManageBodies(CurrentUser user) {
        require(canManageBodies(user));
    }

    public void requireManageParties(CurrentUser user) {
        require(canManageParties(user));
    }

    public void requireManagePeople(CurrentUser user) {
        require(canManagePeople(user));
    }

    public void requireManageMemberships(CurrentUser user) {
        require(canManageMemberships(user));
    }

    public void requireManageOfficials(CurrentUser user) {
        require(canManageOfficials(user));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("organisation");
        }
    }
}
