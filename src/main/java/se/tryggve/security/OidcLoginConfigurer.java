package se.tryggve.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Adds OIDC login to the web chain when an issuer is configured (tryggve.oidc.*). Without one,
 * only the form login exists.
 */
@Component
class OidcLoginConfigurer {

    void configure(HttpSecurity http) throws Exception {
        // filled in by the OIDC work: see OidcSettings
    }
}
