package se.tryggve.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import se.tryggve.shared.RuleViolationException;

/**
 * Turns a verified OIDC login into a Tryggve account: finds it by subject (or links a local account of
 * the same username), creates it when allowed, and refreshes its roles from the claims every time,
 * so that the identity provider stays the source of truth for who may do what.
 */
@Component
class TryggveOidcUserService extends OidcUserService {

    /** Error codes of refused logins; the login page shows a Swedish message for each. */
    static final String NO_ROLE = "tryggve_no_role";
    static final String REFUSED = "tryggve_refused";
    static final String NO_DEPARTMENT = "tryggve_no_department";

    private static final Logger log = LoggerFactory.getLogger(TryggveOidcUserService.class);

    private final OidcSettings settings;
    private final UserAccounts accounts;
    private final ObjectProvider<MunicipalityResolver> municipalities;
    private final String defaultMunicipalityCode;

    TryggveOidcUserService(OidcSettings settings, UserAccounts accounts, ObjectProvider<MunicipalityResolver> municipalities,
                           @Value("${tryggve.setup.municipality-code:}") String defaultMunicipalityCode) {
        this.settings = settings;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.defaultMunicipalityCode = defaultMunicipalityCode;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        String subject = oidc.getSubject();
        String username = text(oidc.getClaims().get(settings.usernameClaim()));
        if (username == null) {
            username = subject;
        }
        Set<Role> roles = mappedRoles(oidc.getClaims().get(settings.roleClaim()));
        if (roles.isEmpty()) {
            log.info("OIDC login refused: no claim value maps to a Tryggve role");
            throw refused(NO_ROLE);
        }
        long municipalityId = municipalityId();
        String displayName = text(oidc.getClaims().get("name"));
        UserAccounts.OidcIdentity identity = new UserAccounts.OidcIdentity(municipalityId, subject, username,
                displayName == null ? username : displayName, text(oidc.getClaims().get("email")), roles);
        CurrentUser user;
        try {
            user = accounts.signInWithOidc(identity, settings.autoCreate());
        } catch (RuleViolationException e) {
            log.info("OIDC login refused: {}", e.messageKey());
            throw refused(REFUSED);
        }
        // A reporter sees only its own department; until an administrator sets it, there is nothing to show.
        if (user.has(Role.DEPARTMENT_REPORTER) && user.departmentId() == null) {
            throw refused(NO_DEPARTMENT);
        }
        // A partner reporter sees only its own organisation's reports; without one it would see nothing.
        if (user.has(Role.PARTNER_REPORTER) && user.partnerOrganisationId() == null) {
            throw refused(REFUSED);
        }
        return new TryggveOidcUser(user, oidc.getIdToken(), oidc.getUserInfo());
    }

    private long municipalityId() {
        String code = settings.municipalityCode() == null || settings.municipalityCode().isBlank()
                ? defaultMunicipalityCode : settings.municipalityCode().trim();
        MunicipalityResolver resolver = municipalities.getIfAvailable();
        if (resolver == null) {
            throw new IllegalStateException("No MunicipalityResolver: the organisation module is missing");
        }
        return resolver.findMunicipalityIdByCode(code).orElseThrow(() -> {
            log.error("OIDC login refused: municipality code {} (tryggve.oidc.municipality-code) does not exist", code);
            return refused(REFUSED);
        });
    }

    private Set<Role> mappedRoles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            for (Object v : values) {
                add(roles, text(v));
            }
        } else {
            add(roles, text(claim));
        }
        return roles;
    }

    private void add(Set<Role> roles, String value) {
        Role role = settings.roleFor(value);
        if (role != null) {
            roles.add(role);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
