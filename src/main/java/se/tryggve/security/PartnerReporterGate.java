package se.tryggve.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a partner reporter — someone from a housing company, security firm or school, not the
 * municipality's staff — inside the partner pages and the incident API. The permission classes refuse
 * it everywhere else too ({@link CurrentUser#isStaff()}); this gate is the second lock, so a module that
 * forgets the difference still shows an outsider nothing (GDPR art. 5(1)(f), 32: access on a need basis).
 * The start page leads a partner reporter to its own pages.
 */
final class PartnerReporterGate extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final List<String> ALLOWED = List.of(
            "/partner", "/partner/**", "/account", "/account/**", "/logout", "/login", "/login/**", "/error",
            "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg",
            "/api/v1/incidents", "/api/v1/incidents/{id:[0-9]+}", "/api/v1/incident-categories");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TryggvePrincipal p && p.currentUser().isPartnerOnly()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals("/") || path.isEmpty()) {
                response.sendRedirect(request.getContextPath() + "/partner");
                return;
            }
            if (ALLOWED.stream().noneMatch(a -> PATHS.match(a, path))) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                if (path.startsWith("/api/")) {
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write("{\"type\":\"https://tryggve.se/problem/forbidden\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Behörighet saknas\"}");
                } else {
                    response.sendError(HttpStatus.FORBIDDEN.value());
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
