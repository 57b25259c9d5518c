package se.tryggve.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A user account of one municipality. Passwords are stored only as Argon2/bcrypt hashes. */
@Table("app_user")
class UserAccount {

    @Id
    Long id;
    long municipalityId;
    String username;
    String passwordHash;
    String displayName;
    String email;
    String roles;
    Long departmentId;
    Long partnerOrganisationId;
    Long personId;
    String oidcSubject;
    boolean enabled = true;
    int failedAttempts;
    Instant lockedUntil;
    @Version
    Long version;
    Instant createdAt = Instant.now();

    Set<Role> roleSet() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void roleSet(Set<Role> newRoles) {
        this.roles = newRoles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, municipalityId, username, displayName, roleSet(), departmentId, partnerOrganisationId);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
