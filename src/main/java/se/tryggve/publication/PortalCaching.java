package se.tryggve.publication;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Conditional requests on the public portal (RFC 9110 § 13): every page gets an ETag from a hash of its body,
 * and a repeat visit with {@code If-None-Match} is answered 304 without the body. An anonymous answer is marked
 * {@code Cache-Control: no-cache} — a cache may keep it but must ask again each time, so a newly adjusted
 * protocol shows at once; a logged-in visitor's page carries their name in the menu and keeps Spring Security's
 * {@code no-store}. Runs after the security filters, so the visitor is known.
 */
@Configuration
class PortalCaching {

    static final String[] PATTERNS = {"/kommun", "/kommun/*", "/tillganglighet"};

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> portalEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new PortalEtagFilter());
        registration.addUrlPatterns(PATTERNS);
        registration.setName("portalEtags");
        // after Spring Security's chain (order -100), so the authentication is known
        registration.setOrder(0);
        return registration;
    }

    static final class PortalEtagFilter extends ShallowEtagHeaderFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
            super.doFilterInternal(request, response, chain);
        }
    }
}
