package se.tryggve.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * Use cases on user accounts: create the first administrator, create and change accounts, record
 * failed and successful logins. Authorisation is the caller's (the accounts module's permissions).
 */
@Service
public class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);
    public static final String INITIAL_ADMIN = "admin";
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String initialAdminPassword;
    private final int maxFailedAttempts;
    private final Duration lockTime;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock,
                 @Value("${tryggve.admin-password:}") String initialAdminPassword,
                 @Value("${tryggve.login.max-failed-attempts:5}") int maxFailedAttempts,
                 @Value("${tryggve.login.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.initialAdminPassword = initialAdminPassword;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    /** A user account as other modules see it: never the password hash. */
    public record Account(long id, long municipalityId, String username, String displayName, String email,
                          Set<Role> roles, Long departmentId, Long personId, boolean enabled, boolean locked,
                          long version, Long partnerOrganisationId) {

        public Account(long id, long municipalityId, String username, String displayName, String email, Set<Role> roles,
                       Long departmentId, Long personId, boolean enabled, boolean locked, long version) {
            this(id, municipalityId, username, displayName, email, roles, departmentId, personId, enabled, locked, version, null);
        }
    }

    /** What an administrator fills in for an account; password null keeps the old one. */
    public record AccountData(String username, String displayName, String email, Set<Role> roles,
                              Long departmentId, Long personId, boolean enabled, String password, Long partnerOrganisationId) {

        public AccountData(String username, String displayName, String email, Set<Role> roles, Long departmentId,
                           Long personId, boolean enabled, String password) {
            this(username, displayName, email, roles, departmentId, personId, enabled, password, null);
        }

        @Override
        public String toString() {
            // never print the password
            return "AccountData[username=" + username + ", displayName=" + displayName + ", roles=" + roles
                    + ", departmentId=" + departmentId + ", partnerOrganisationId=" + partnerOrganisationId + ", enabled=" + enabled + ", password=" + (password == null ? "null" : "***") + "]";
        }
    }

    /** Who the identity provider says logged in, with the roles its claims map to. */
    record OidcIdentity(long municipalityId, String subject, String username, String displayName, String email,
                        Set<Role> roles) {
    }

    /**
     * First start: the municipality gets its administrator "admin". The password is
     * TRYGGVE_ADMIN_PASSWORD, or a random one printed once to the log: there is no default password.
     */
    @Transactional
    public void createInitialAdministrator(long municipalityId) {
        if (accounts.countAdministrators(municipalityId) > 0 || accounts.findByUsernameIgnoreCase(INITIAL_ADMIN).isPresent()) {
            return;
        }
        String password = initialAdminPassword;
        boolean generated = password == null || password.isBlank();
        if (!generated && (password.length() < 12
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72)) {
            // bcrypt reads at most 72 bytes; the same limits as for every other account
            throw new IllegalStateException(
                    "TRYGGVE_ADMIN_PASSWORD must have at least 12 characters and at most 72 bytes");
        }
        if (generated) {
            byte[] bytes = new byte[15];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        UserAccount admin = new UserAccount();
        admin.municipalityId = municipalityId;
        admin.username = INITIAL_ADMIN;
        admin.displayName = "Administratör";
        admin.passwordHash = encoder.encode(password);
        admin.roleSet(Set.of(Role.ADMINISTRATOR));
        accounts.save(admin);
        events.publishEvent(StateChanged.of(municipalityId, "UserAccount", admin.id, "created")
                .value("username", admin.username).value("roles", admin.roles).build());
        if (generated) {
            // Printed once, on the first start only; set TRYGGVE_ADMIN_PASSWORD to choose it instead.
            log.warn("\n\n    First administrator created. User: {}  Password: {}\n    Change it after logging in.\n", INITIAL_ADMIN, password);
        } else {
            log.info("First administrator '{}' created with the password from TRYGGVE_ADMIN_PASSWORD", INITIAL_ADMIN);
        }
    }

    @Transactional(readOnly = true)
    public List<Account> listAccounts(long municipalityId) {
        return accounts.findByMunicipalityIdOrderByUsername(municipalityId).stream().map(this::toAccount).toList();
    }

    @Transactional(readOnly = true)
    public Account findAccount(long municipalityId, long id) {
        return accounts.findByIdAndMunicipalityId(id, municipalityId).map(this::toAccount)
                .orElseThrow(() -> new NotFoundException("UserAccount", id));
    }

    @Transactional
    public Account createAccount(long municipalityId, AccountData data) {
        if (accounts.findByUsernameIgnoreCase(data.username()).isPresent()) {
            throw new RuleViolationException("username", "security.username.taken");
        }
        checkRules(data);
        if (data.password() == null || data.password().isBlank()) {
            throw new RuleViolationException("password", "security.password.required");
        }
        UserAccount a = new UserAccount();
        a.municipalityId = municipalityId;
        a.username = data.username().trim();
        apply(a, data);
        accounts.save(a);
        events.publishEvent(StateChanged.of(municipalityId, "UserAccount", a.id, "created")
                .value("username", a.username).value("displayName", a.displayName).value("email", a.email)
                .value("roles", a.roles).value("departmentId", a.departmentId)
                .value("partnerOrganisationId", a.partnerOrganisationId).value("enabled", a.enabled).build());
        return toAccount(a);
    }

    @Transactional
    public Account updateAccount(long municipalityId, long id, long expectedVersion, AccountData data) {
        UserAccount a = accounts.findByIdAndMunicipalityId(id, municipalityId)
                .orElseThrow(() -> new NotFoundException("UserAccount", id));
        if (a.version != expectedVersion) {
            throw new se.tryggve.shared.StaleVersionException("UserAccount", id);
        }
        checkRules(data);
        boolean staysAdministrator = data.enabled() && data.roles().contains(Role.ADMINISTRATOR);
        if (a.enabled && a.roleSet().contains(Role.ADMINISTRATOR) && !staysAdministrator
                && accounts.countEnabledAdministrators(municipalityId) <= 1) {
            // Without an active administrator nobody could manage the municipality's accounts any more.
            throw new RuleViolationException(data.enabled() ? "roles" : "enabled", "security.lastAdministrator");
        }
        StateChanged.Builder change = StateChanged.of(municipalityId, "UserAccount", id, "updated");
        String oldRoles = a.roles;
        change.field("displayName", a.displayName, data.displayName()).field("email", a.email, data.email())
                .field("departmentId", a.departmentId, data.departmentId()).field("personId", a.personId, data.personId())
                .field("partnerOrganisationId", a.partnerOrganisationId, partnerOrganisation(data))
                .field("enabled", a.enabled, data.enabled());
        apply(a, data);
        change.field("roles", oldRoles, a.roles);
        if (data.password() != null && !data.password().isBlank()) {
            change.field("password", "***", "*** (ändrat)");
        }
        accounts.save(a);
        events.publishEvent(change.build());
        return toAccount(a);
    }

    /** Lets a user change their own password after checking the old one. */
    @Transactional
    public void changeOwnPassword(CurrentUser user, String oldPassword, String newPassword) {
        UserAccount a = accounts.findByIdAndMunicipalityId(user.userId(), user.municipalityId())
                .orElseThrow(() -> new NotFoundException("UserAccount", user.userId()));
        if (a.passwordHash == null || !encoder.matches(oldPassword, a.passwordHash)) {
            throw new RuleViolationException("oldPassword", "security.password.wrong");
        }
        checkPassword(newPassword);
        a.passwordHash = encoder.encode(newPassword);
        accounts.save(a);
        events.publishEvent(StateChanged.of(a.municipalityId, "UserAccount", a.id, "password-changed").build());
    }

    /** Whether the account can log in with a password (accounts made by OIDC have none). */
    @Transactional(readOnly = true)
    public boolean hasPassword(long municipalityId, long id) {
        return accounts.findByIdAndMunicipalityId(id, municipalityId).map(a -> a.passwordHash != null)
                .orElseThrow(() -> new NotFoundException("UserAccount", id));
    }

    /**
     * An OIDC login: the account is found by the provider's subject, or else a local account of the
     * same username in the same municipality is linked to it, or else (when allowed) created without
     * a password. Its roles, name and e-mail are refreshed from the claims on every login.
     */
    @Transactional
    CurrentUser signInWithOidc(OidcIdentity id, boolean autoCreate) {
        String username = id.username().length() > 100 ? id.username().substring(0, 100) : id.username();
        UserAccount a = accounts.findByOidcSubject(id.subject()).orElse(null);
        boolean linked = false;
        if (a == null) {
            a = accounts.findByUsernameIgnoreCase(username).orElse(null);
            // The first administrator "admin" is the local break-glass account: an identity provider
            // user who happens to be called "admin" must never take it over.
            if (a != null && (a.municipalityId != id.municipalityId() || a.oidcSubject != null
                    || INITIAL_ADMIN.equalsIgnoreCase(a.username))) {
                throw new RuleViolationException("username", "security.username.taken");
            }
            linked = a != null;
        }
        if (a == null) {
            if (!autoCreate) {
                throw new RuleViolationException("username", "security.oidc.noAccount");
            }
            a = new UserAccount();
            a.municipalityId = id.municipalityId();
            a.username = username;
            a.oidcSubject = id.subject();
            a.displayName = limit(id.displayName(), 200);
            a.email = limit(id.email(), 200);
            a.roleSet(id.roles());
            accounts.save(a);
            events.publishEvent(StateChanged.of(a.municipalityId, "UserAccount", a.id, "created")
                    .value("username", a.username).value("displayName", a.displayName).value("email", a.email)
                    .value("roles", a.roles).value("oidcSubject", a.oidcSubject).build());
            return a.toCurrentUser();
        }
        if (!a.enabled) {
            throw new RuleViolationException("username", "security.oidc.disabled");
        }
        String oldRoles = a.roles;
        StateChanged.Builder change = StateChanged.of(a.municipalityId, "UserAccount", a.id, "updated")
                .field("oidcSubject", a.oidcSubject, id.subject())
                .field("displayName", a.displayName, limit(id.displayName(), 200));
        a.oidcSubject = id.subject();
        a.displayName = limit(id.displayName(), 200);
        if (id.email() != null) {
            change.field("email", a.email, limit(id.email(), 200));
            a.email = limit(id.email(), 200);
        }
        a.roleSet(id.roles());
        change.field("roles", oldRoles, a.roles);
        if (change.hasChanges() || linked) {
            accounts.save(a);
            events.publishEvent(change.build());
        }
        return a.toCurrentUser();
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private void apply(UserAccount a, AccountData data) {
        a.displayName = data.displayName().trim();
        a.email = data.email() == null || data.email().isBlank() ? null : data.email().trim();
        a.roleSet(data.roles());
        a.departmentId = data.departmentId();
        a.partnerOrganisationId = partnerOrganisation(data);
        a.personId = data.personId();
        a.enabled = data.enabled();
        if (data.password() != null && !data.password().isBlank()) {
            a.passwordHash = encoder.encode(data.password());
            a.failedAttempts = 0;
            a.lockedUntil = null;
        }
    }

    private void checkRules(AccountData data) {
        if (data.roles() == null || data.roles().isEmpty()) {
            throw new RuleViolationException("roles", "security.roles.required");
        }
        // A department reporter reports for exactly one department; without one it could see nothing.
        if (data.roles().contains(Role.DEPARTMENT_REPORTER) && data.departmentId() == null) {
            throw new RuleViolationException("departmentId", "security.reporter.departmentRequired");
        }
        // A partner reporter reports for exactly one partner organisation and is nothing else: an account that
        // also worked for the municipality would mix the outside reporter's narrow view with staff rights.
        if (data.roles().contains(Role.PARTNER_REPORTER)) {
            if (data.roles().size() > 1) {
                throw new RuleViolationException("roles", "security.partner.onlyRole");
            }
            if (data.partnerOrganisationId() == null) {
                throw new RuleViolationException("partnerOrganisationId", "security.partner.organisationRequired");
            }
        }
        if (data.password() != null && !data.password().isBlank()) {
            checkPassword(data.password());
        }
    }

    /** Only a partner reporter belongs to a partner organisation. */
    private static Long partnerOrganisation(AccountData data) {
        return data.roles() != null && data.roles().contains(Role.PARTNER_REPORTER) ? data.partnerOrganisationId() : null;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 12) {
            throw new RuleViolationException("password", "security.password.tooShort");
        }
        // bcrypt reads at most 72 bytes and Spring Security refuses to hash more (an exception, i.e.
        // a 500 page): a longer passphrase is refused beside the field instead
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new RuleViolationException("password", "security.password.tooLong", MAX_PASSWORD_BYTES);
        }
    }

    /** A failed login: after the configured number in a row the account is locked for a while. */
    @Transactional
    public void recordFailedLogin(String username) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(a -> {
            a.failedAttempts++;
            if (a.failedAttempts >= maxFailedAttempts) {
                a.lockedUntil = clock.instant().plus(lockTime);
                a.failedAttempts = 0;
                events.publishEvent(StateChanged.of(a.municipalityId, "UserAccount", a.id, "locked")
                        .value("lockedUntil", a.lockedUntil).build());
                log.warn("Account locked after repeated failed logins (user id {})", a.id);
            }
            accounts.save(a);
        });
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(a -> {
            if (a.failedAttempts != 0 || a.lockedUntil != null) {
                a.failedAttempts = 0;
                a.lockedUntil = null;
                accounts.save(a);
            }
        });
    }

    private Account toAccount(UserAccount a) {
        return new Account(a.id, a.municipalityId, a.username, a.displayName, a.email, a.roleSet(), a.departmentId,
                a.personId, a.enabled, a.lockedAt(clock.instant()), a.version, a.partnerOrganisationId);
    }
}
