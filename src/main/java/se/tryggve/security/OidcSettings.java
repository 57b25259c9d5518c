package se.tryggve.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login through the municipality's own identity provider (OpenID Connect), {@code tryggve.oidc.*}.
 * Roles come from a claim of the ID token / user info ({@link #roleClaim}, a string or a list such
 * as "groups"), translated by {@link #roleMapping}; a user with no mapped role is refused.
 *
 * @param enabled          turn OIDC login on
 * @param issuerUri        the provider's issuer; its discovery document is read at the first login
 * @param clientId         the client registered at the provider
 * @param clientSecret     its secret
 * @param scopes           requested scopes (default openid, profile, email)
 * @param usernameClaim    claim holding the Tryggve username (default preferred_username)
 * @param roleClaim        claim holding the roles or groups (default roles)
 * @param roleMapping      claim value → role, e.g. {@code tryggve.oidc.role-mapping.tryggve-admin=ADMINISTRATOR};
 *                         matched without regard to case
 * @param municipalityCode municipality the users belong to (default tryggve.setup.municipality-code)
 * @param autoCreate       create an account at the first login (default true)
 */
@ConfigurationProperties("tryggve.oidc")
public record OidcSettings(boolean enabled, String issuerUri, String clientId, String clientSecret, List<String> scopes,
                           String usernameClaim, String roleClaim, Map<String, Role> roleMapping,
                           String municipalityCode, Boolean autoCreate) {

    public static final String REGISTRATION_ID = "oidc";

    public OidcSettings {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim.trim();
        roleClaim = blank(roleClaim) ? "roles" : roleClaim.trim();
        Map<String, Role> mapping = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (roleMapping != null) {
            roleMapping.forEach((k, v) -> mapping.put(k.trim().toLowerCase(Locale.ROOT), v));
        }
        roleMapping = mapping;
        autoCreate = autoCreate == null || autoCreate;
    }

    /** The role a claim value maps to, or null. */
    Role roleFor(String claimValue) {
        return claimValue == null ? null : roleMapping.get(claimValue.trim());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        // never print the client secret
        return "OidcSettings[enabled=" + enabled + ", issuerUri=" + issuerUri + ", clientId=" + clientId
                + ", scopes=" + scopes + ", usernameClaim=" + usernameClaim + ", roleClaim=" + roleClaim
                + ", roleMapping=" + roleMapping + ", municipalityCode=" + municipalityCode
                + ", autoCreate=" + autoCreate + "]";
    }
}
