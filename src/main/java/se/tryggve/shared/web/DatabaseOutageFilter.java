package se.tryggve.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.tryggve.shared.DatabaseOutage;

/**
 * The outermost filter: a request that fails because the database cannot be reached — anywhere, in a controller,
 * a page being rendered, or a filter such as the public-answer cache or the session store — is answered
 * 503 with {@code Retry-After} in the format of its path, instead of a 500 (issue 8: PostgreSQL restarting under
 * load). The JSON API gets an RFC 7807 problem, Open311 the GeoReport v2 error list (JSON or XML by extension),
 * OParl its error object (OParl 1.1 "Fehlerbehandlung"), a page a short Swedish page that needs no database.
 * The body never holds an exception or a stack trace; the log gets one line, not the trace of every request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    static final String MESSAGE_SV = "Tjänsten är tillfälligt otillgänglig eftersom databasen inte svarar. Försök igen om en stund.";
    static final String MESSAGE_EN = "The service is temporarily unavailable because the database does not answer. Please try again shortly.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.is(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            answer(request, response);
        }
    }

    /** Writes the 503 answer of a database outage in the format of the request's path. */
    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String body;
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            body = "{\"type\":\"https://tryggve.se/problem/database-unavailable\",\"title\":\"Service Unavailable\","
                    + "\"status\":503,\"detail\":\"" + MESSAGE_SV + "\"}";
        } else if (path.startsWith("/open311/")) {
            if (path.endsWith(".xml")) {
                response.setContentType("text/xml");
                body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>503</code><description>"
                        + MESSAGE_SV + "</description></error></errors>";
            } else {
                response.setContentType("application/json");
                body = "[{\"code\":503,\"description\":\"" + MESSAGE_SV + "\"}]";
            }
            response.setHeader("Access-Control-Allow-Origin", "*");
        } else if (path.startsWith("/oparl/")) {
            response.setContentType("application/json");
            response.setHeader("Access-Control-Allow-Origin", "*");
            body = "{\"type\":\"https://schema.oparl.org/1.1/Error\",\"message\":\"" + MESSAGE_SV
                    + "\",\"debug\":\"Database unavailable\"}";
        } else {
            // a page of its own, not the layout: the layout may itself read the database
            response.setContentType("text/html");
            body = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width, initial-scale=1\"><title>Tillfälligt otillgänglig – Tryggve</title>"
                    + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\"></head>"
                    + "<body><main class=\"container py-4\"><h1>Tillfälligt otillgänglig</h1><p>" + MESSAGE_SV + "</p>"
                    + "<p lang=\"en\">" + MESSAGE_EN + "</p></main></body></html>";
        }
        // the security headers are already on the response (Spring Security writes them when its chain ends)
        try {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(body);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
