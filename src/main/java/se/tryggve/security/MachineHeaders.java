package se.tryggve.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The security headers of the machine chains (Open311, OParl, the actuator): CSP {@code default-src 'none'} with
 * {@code frame-ancestors 'none'}, no referrer, HSTS on TLS requests. Public for a chain another module defines
 * (the actuator's in {@code operations}), so every chain answers with the same headers.
 */
public final class MachineHeaders {

    private MachineHeaders() {
    }

    public static void apply(HeadersConfigurer<HttpSecurity> h) {
        SecurityConfig.machineHeaders(h, SecurityConfig.MACHINE_CSP);
    }
}
