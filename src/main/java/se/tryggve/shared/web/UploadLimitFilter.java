package se.tryggve.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the multipart limit by its Content-Length, before anything reads it (issue 8).
 * Without this a too large form upload on a page never reached a Swedish message: the CSRF filter could not read
 * the token out of a multipart body Tomcat refused to parse, and answered a bare 403. Answered 413 in the format
 * of the path: an RFC 7807 problem on the API, GeoReport v2's error list on Open311, a short Swedish page
 * otherwise. Uploads without a Content-Length (chunked) meet the same limit in Spring MVC ({@link UploadLimitAdvice}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class UploadLimitFilter extends OncePerRequestFilter {

    private final long limit;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:25MB}") DataSize maxFileSize) {
        this.limit = maxFileSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/") || request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long mb = limit / (1024 * 1024);
        String message = "Filen är för stor. En fil får vara högst " + mb + " MB. Inget sparades.";
        response.setStatus(413);
        response.setCharacterEncoding("UTF-8");
        // the body is not read: the connection is not kept for another request
        response.setHeader("Connection", "close");
        // answered before Spring Security's chain: the headers it would add (docs/security.md, "HTTP hardening")
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        String body;
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            body = "{\"type\":\"https://tryggve.se/problem/too-large\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                    + message + "\"}";
        } else if (path.startsWith("/open311/")) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            if (path.endsWith(".xml")) {
                response.setContentType("text/xml");
                body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>413</code><description>" + message
                        + "</description></error></errors>";
            } else {
                response.setContentType("application/json");
                body = "[{\"code\":413,\"description\":\"" + message + "\"}]";
            }
        } else {
            response.setContentType("text/html");
            body = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width, initial-scale=1\"><title>Filen är för stor – Tryggve</title>"
                    + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container py-4\">"
                    + "<h1>Filen är för stor</h1><p>" + message + " Gå tillbaka och välj en mindre fil.</p>"
                    + "<p lang=\"en\">The file is too large: at most " + mb + " MB. Nothing was saved.</p>"
                    + "<p><a href=\"/\">Till startsidan</a></p></main></body></html>";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
