package se.tryggve.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the load balancer's {@code X-Request-Id} when it sends a sensible one,
 * otherwise a new UUID. The id is in the MDC (key {@code requestId}, so in every log line written
 * for the request, and a field of its own in the JSON logs) and in the response header, so an
 * operator finds a user's failed request in the logs of whichever instance answered it.
 *
 * <p>After the request one line is logged (logger {@code se.tryggve.requests}, INFO): method, path,
 * status and milliseconds. Never the query string, form fields, headers or the user: a query may
 * hold a search for a person's name and the path holds only ids and codes (GDPR art. 5.1 c, data
 * minimisation). Switch it off with {@code logging.level.se.tryggve.requests=WARN}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** A client's id is taken only if it cannot smuggle anything into a log line or a header. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger requests = LoggerFactory.getLogger("se.tryggve.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        long start = System.nanoTime();
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (requests.isInfoEnabled()) {
                requests.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            MDC.remove(MDC_KEY);
        }
    }
}
