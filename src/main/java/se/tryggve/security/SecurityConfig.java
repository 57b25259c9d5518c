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
 * Two filter chains: the JSON API ({@code /api/**}) with HTTP Basic, stateless, answering 401 as
 * a problem; and the web pages with a Swedish form login, CSRF protection and optional OIDC.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(OidcSettings.class)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with an {id} prefix so the algorithm can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
                .csrf(c -> c.disable());
        return http.build();
    }

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

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        // the calendar of time limits (holidays, last day of appeal) is public reading
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").permitAll()
                        // the official notice board is open to everyone (KL 8 kap. 9 §)
                        .requestMatchers(HttpMethod.GET, "/api/v1/notices", "/api/v1/notices/*").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
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
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic credentials are sent with every request and no cookie is used: CSRF does not apply.
                .csrf(c -> c.disable());
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
                        // public search, Atom/iCalendar feeds and open data of what is published (issue 7)
                        .requestMatchers(HttpMethod.GET, "/kommun/*/sok", "/kommun/*/sok.json", "/kommun/*/flode/**",
                                "/kommun/*/sammantraden.ics", "/kommun/*/oppna-data", "/kommun/*/oppna-data/**").permitAll()
                        .requestMatchers("/login", "/login/**", "/oauth2/**", "/webjars/**", "/css/**", "/js/**",
                                "/favicon.ico", "/favicon.svg", "/error", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new PartnerReporterGate(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:" + tileSource(tileUrl) + "; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        oidc.configure(http);
        return http.build();
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
