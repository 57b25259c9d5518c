package se.tryggve.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import se.tryggve.security.Role;

/**
 * Who reads the actuator: the health probes ({@code /actuator/health}, {@code …/liveness},
 * {@code …/readiness}) are open, for the load balancer and Kubernetes, and say only UP or DOWN
 * ({@code show-details: never}). {@code /actuator/prometheus} shows the installation's load and
 * error rates, which is nothing for the public: administrators only, with HTTP Basic, since a
 * Prometheus scraper has no browser session (a scrape account with the role ADMINISTRATOR in the
 * installation municipality; see docs/operations.md). Everything else under /actuator is not exposed.
 * Stateless, no session and no cookie, so CSRF does not apply.
 */
@Configuration
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAuthority(Role.ADMINISTRATOR.authority())
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
                    res.setStatus(HttpStatus.UNAUTHORIZED.value());
                    res.setHeader("WWW-Authenticate", "Basic realm=\"Tryggve\"");
                }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the same headers as the other machine chains (CSP default-src 'none', no referrer, HSTS over TLS)
                .headers(se.tryggve.security.MachineHeaders::apply)
                .csrf(c -> c.disable());
        return http.build();
    }
}
