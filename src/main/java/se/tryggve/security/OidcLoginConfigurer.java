package se.tryggve.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Adds OIDC login to the web chain when {@code tryggve.oidc.enabled}. Without it, only the form login
 * exists.
 *
 * <p>The provider's discovery document is read lazily, at the first OIDC login, not at start-up: a
 * provider that is down or a mistyped issuer must not keep the municipality's administrators (who
 * log in with a password) out of Tryggve. Until discovery succeeds, the OIDC button leads back to the
 * login page with a message, and the error is logged; discovery is retried at the next attempt.
 */
@Component
class OidcLoginConfigurer {

    static final String AUTHORIZATION_BASE = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;

    private final OidcSettings settings;
    private final TryggveOidcUserService userService;

    OidcLoginConfigurer(OidcSettings settings, TryggveOidcUserService userService) {
        this.settings = settings;
        this.userService = userService;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Where the login page's OIDC button points, or null when OIDC is off. */
    String loginUrl() {
        return settings.enabled() ? AUTHORIZATION_BASE + "/" + OidcSettings.REGISTRATION_ID : null;
    }

    void configure(HttpSecurity http) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        if (settings.issuerUri() == null || settings.issuerUri().isBlank() || settings.clientId() == null) {
            throw new IllegalStateException("tryggve.oidc.enabled=true needs tryggve.oidc.issuer-uri and tryggve.oidc.client-id");
        }
        LazyRegistration registrations = new LazyRegistration(settings);
        http.oauth2Login(o -> o
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(a -> a.authorizationRequestResolver(new ResolverWhenAvailable(
                        new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE))))
                .userInfoEndpoint(u -> u.oidcUserService(userService))
                .defaultSuccessUrl("/", false)
                .failureHandler((request, response, exception) -> {
                    String code = exception instanceof OAuth2AuthenticationException e ? e.getError().getErrorCode() : "";
                    String reason = switch (code) {
                        case TryggveOidcUserService.NO_ROLE -> "oidcNoRole";
                        case TryggveOidcUserService.NO_DEPARTMENT -> "oidcNoDepartment";
                        case TryggveOidcUserService.REFUSED -> "oidcRefused";
                        default -> "oidcError";
                    };
                    response.sendRedirect(request.getContextPath() + "/login?" + reason);
                }));
    }

    /** Reads the issuer's discovery document at first use and keeps the result once it succeeded. */
    static final class LazyRegistration implements ClientRegistrationRepository {

        private static final Logger log = LoggerFactory.getLogger(LazyRegistration.class);

        private final OidcSettings settings;
        private volatile ClientRegistration registration;

        LazyRegistration(OidcSettings settings) {
            this.settings = settings;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration r = registration;
            if (r != null) {
                return r;
            }
            synchronized (this) {
                if (registration == null) {
                    try {
                        registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                                .registrationId(OidcSettings.REGISTRATION_ID)
                                .clientId(settings.clientId())
                                .clientSecret(settings.clientSecret())
                                .scope(settings.scopes())
                                .build();
                    } catch (RuntimeException e) {
                        log.error("OIDC provider {} cannot be used (tryggve.oidc.issuer-uri): {}", settings.issuerUri(),
                                e.getMessage());
                        return null;
                    }
                }
                return registration;
            }
        }
    }

    /** Answers "no authorization request" instead of an error when the provider is unavailable. */
    record ResolverWhenAvailable(OAuth2AuthorizationRequestResolver delegate) implements OAuth2AuthorizationRequestResolver {

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            try {
                return delegate.resolve(request);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
            try {
                return delegate.resolve(request, clientRegistrationId);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
