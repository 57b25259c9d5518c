package se.tryggve.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Four filter chains: Open311 and OParl (public, stateless), the JSON API ({@code /api/**}) with HTTP
 * Basic, stateless, answering 401 as a problem; and the web pages with a Swedish form login, CSRF
 * protection and optional OIDC. Every chain sends a Content-Security-Policy with
 * {@code frame-ancestors 'none'}, a Referrer-Policy, {@code X-Content-Type-Options: nosniff} and, on a
 * request that came over TLS (directly or through a proxy's {@code X-Forwarded-Proto}, see
 * {@code server.forward-headers-strategy}), HSTS (docs/security.md, "HTTP hardening").
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(OidcSettings.class)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${tryggve.security.verified-password-ttl:PT5M}") java.time.Duration ttl) {
        // bcrypt by default, with an {id} prefix so the algorithm can be upgraded later; a match is remembered
        // briefly so that HTTP Basic API clients do not pay a bcrypt check per request (VerifiedPasswords)
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), ttl);
    }

    /**
     * Open311 GeoReport v2 ({@code /open311/**}) is an API for citizens' apps: reading is public and a
     * POST is authenticated by the client application's {@code api_key} parameter, which the open311
     * module checks. No login, no session and no cookie: CSRF does not apply.
     */
    @Bean
    @Order(0)
    SecurityFilterChain open311Chain(HttpSecurity http) throws Exception {
        http.securityMatcher("/open311/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                // citizens' web apps on other origins read and post (GeoReport v2 is meant for third-party
                // clients); no cookie or credential is involved, so any origin may call
                .cors(c -> c.configurationSource(open311Cors()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> machineHeaders(h, MACHINE_CSP));
        return http.build();
    }

    /**
     * Security headers of the machine-readable chains (Open311, OParl, the JSON API). Their answers are data,
     * never pages: nothing in them may run, load or be framed. Spring Security's defaults stay on
     * ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, HSTS on secure requests only,
     * RFC 6797 7.2); the policy and {@code Referrer-Policy: no-referrer} are added. OWASP Secure Headers.
     */
    static final String MACHINE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * The JSON API also serves a follow-up report as a standalone HTML document (its styles inlined, charts as
     * data: images, the same XHTML the PDF is made from). No script may run in it, so inline styles and data:
     * images are harmless there; the pages keep the strict policy of the web chain.
     */
    static final String API_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static void machineHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h,
                               String csp) {
        h.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
    }

    /** One year, the value HSTS preload lists ask for; written only on a secure (TLS) request. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000L;

    private static org.springframework.web.cors.CorsConfigurationSource open311Cors() {
        org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
        cors.addAllowedOrigin("*");
        cors.setAllowedMethods(java.util.List.of("GET", "POST", "OPTIONS"));
        cors.addAllowedHeader("*");
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        org.springframework.web.cors.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/open311/**", cors);
        return source;
    }

    /**
     * OParl 1.1 ({@code /oparl/**}) is a public read-only API for council-information clients and
     * aggregators: no login, no session, no cookie, so CSRF does not apply.
     */
    @Bean
    @Order(0)
    SecurityFilterChain oparlChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/oparl/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                // public data: caches may keep it and revalidate with the ETag
                .headers(h -> machineHeaders(h.cacheControl(c -> c.disable()), MACHINE_CSP));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        // the calendar of time limits (holidays, last day of appeal) is public reading
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").permitAll()
                        // the official notice board is open to everyone (KL 8 kap. 9 §)
                        .requestMatchers(HttpMethod.GET, "/api/v1/notices", "/api/v1/notices/*").permitAll()
                        // a reader changes nothing (but adjusts minutes personally, see change()): every other change
                        // through the API is refused here, before its body is even read, so a reader's attempt is always
                        // a 403 and never a validation answer (the modules' own checks stay the rule; this is defence in
                        // depth, RoutePermissionTests)
                        .requestMatchers(SecurityConfig::change).access(SecurityConfig::mayChange)
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
                    if (se.tryggve.shared.DatabaseOutage.is(ex)) {
                        // the account could not be read because the database is down: 503, not a misleading 401
                        databaseUnavailable(res);
                        return;
                    }
                    res.setStatus(HttpStatus.UNAUTHORIZED.value());
                    res.setHeader("WWW-Authenticate", "Basic realm=\"Tryggve\"");
                    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    res.setCharacterEncoding("UTF-8");
                    res.getWriter().write("{\"type\":\"https://tryggve.se/problem/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Inloggning krävs\"}");
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    res.setStatus(HttpStatus.FORBIDDEN.value());
                    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    res.setCharacterEncoding("UTF-8");
                    res.getWriter().write("{\"type\":\"https://tryggve.se/problem/forbidden\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Behörighet saknas\"}");
                }))
                .addFilterAfter(new PartnerReporterGate(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                // password guessing per client address (issue 8; docs/security.md "Rate limits")
                .addFilterBefore(http.getSharedObject(org.springframework.context.ApplicationContext.class).getBean(LoginThrottle.class)
                        .basicFilter(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic credentials are sent with every request and no cookie is used: CSRF does not apply.
                .csrf(c -> c.disable())
                .headers(h -> machineHeaders(h, API_CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, OidcLoginConfigurer oidc,
                                 @org.springframework.beans.factory.annotation.Value("${tryggve.incidents.map.tile-url:}") String tileUrl)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        // the official notice board and the minutes posted on it are public (KL 8 kap. 9 §)
                        .requestMatchers(HttpMethod.GET, "/anslagstavla", "/anslagstavla/**").permitAll()
                        // the public summary of the adopted lägesbild and action plan (lag 2023:196; counts 1–4 hidden)
                        .requestMatchers(HttpMethod.GET, "/lagesbild").permitAll()
                        // the public portal and the accessibility statement (issue 7; lag 2018:1937)
                        .requestMatchers(HttpMethod.GET, "/kommun", "/kommun/**", "/tillganglighet").permitAll()
                        .requestMatchers("/login", "/login/**", "/oauth2/**", "/webjars/**", "/css/**", "/js/**",
                                "/favicon.ico", "/favicon.svg", "/error", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // a reader changes nothing but its own account (and logs out, which the logout filter
                        // handles before this): every other change through a page is refused here with 403 before
                        // the form is bound — defence in depth beside the modules' checks, as on the API
                        .requestMatchers(SecurityConfig::change).access(SecurityConfig::mayChange)
                        .anyRequest().authenticated())
                .addFilterAfter(new PartnerReporterGate(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                // password guessing per client address (issue 8; docs/security.md "Rate limits")
                .addFilterBefore(http.getSharedObject(org.springframework.context.ApplicationContext.class).getBean(LoginThrottle.class)
                        .formFilter(), org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        // a database outage is no wrong password: the login page says the service is unavailable
                        .failureHandler(loginFailure()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                // no inline script, style or event handler anywhere in the templates (WebSecurityHeadersTests checks
                // them); object-src and base-uri close the remaining injection routes (OWASP Secure Headers)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(webCsp(tileUrl)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)));
        oidc.configure(http);
        return http.build();
    }

    /**
     * A request that changes something and that a reader may never make: not GET, HEAD or OPTIONS; not the user's
     * own account (password, settings) or the logout; and not a personal adjustment of minutes, which a chair or
     * adjuster makes with whatever role their account has, often only reader (KL 5 kap. 69 §, 6 kap. 35 §;
     * {@code MeetingPermissions.canAdjust} decides).
     */
    static boolean change(jakarta.servlet.http.HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/account") || path.startsWith("/account/") || path.equals("/logout")
                || PERSONAL_ADJUSTMENT.matcher(path).matches());
    }

    private static final java.util.regex.Pattern PERSONAL_ADJUSTMENT =
            java.util.regex.Pattern.compile("/meetings/[^/]+/adjust|/api/v1/meetings/[^/]+/adjustments");

    /** Logged in with some role other than {@link Role#READER}: the roles that may change anything. */
    static org.springframework.security.authorization.AuthorizationResult mayChange(
            java.util.function.Supplier<? extends org.springframework.security.core.Authentication> authentication, Object context) {
        org.springframework.security.core.Authentication a = authentication.get();
        boolean may = a != null && a.isAuthenticated()
                && !(a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                && a.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority)
                        .anyMatch(x -> x.startsWith("ROLE_") && !x.equals(Role.READER.authority()));
        return new org.springframework.security.authorization.AuthorizationDecision(may);
    }

    private static org.springframework.security.web.authentication.AuthenticationFailureHandler loginFailure() {
        var wrongCredentials = new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler("/login?error");
        return (req, res, ex) -> {
            if (se.tryggve.shared.DatabaseOutage.is(ex)) {
                res.setHeader("Retry-After", String.valueOf(se.tryggve.shared.DatabaseOutage.RETRY_AFTER_SECONDS));
                res.sendRedirect(req.getContextPath() + "/login?unavailable");
            } else {
                wrongCredentials.onAuthenticationFailure(req, res, ex);
            }
        };
    }

    private static void databaseUnavailable(jakarta.servlet.http.HttpServletResponse res) throws java.io.IOException {
        res.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        res.setHeader("Retry-After", String.valueOf(se.tryggve.shared.DatabaseOutage.RETRY_AFTER_SECONDS));
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("{\"type\":\"https://tryggve.se/problem/database-unavailable\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"Tjänsten är tillfälligt otillgänglig eftersom databasen inte svarar. Försök igen om en stund.\"}");
    }

    static String webCsp(String tileUrl) {
        return "default-src 'self'; img-src 'self' data:" + tileSource(tileUrl) + "; style-src 'self'; script-src 'self'; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    }

    /**
     * The incident map's tile server may serve images (only images): its origin is added to img-src,
     * a Leaflet {s} subdomain placeholder as a wildcard. Anything unparsable adds nothing.
     */
    static String tileSource(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?)://([A-Za-z0-9.{}-]+)(:\\d+)?(/.*)?$").matcher(tileUrl.trim());
        if (!m.matches()) {
            return "";
        }
        String host = m.group(2).replace("{s}", "*");
        if (host.contains("{") || host.contains("}")) {
            return "";
        }
        return " " + m.group(1) + "://" + host + (m.group(3) == null ? "" : m.group(3));
    }
}
