package se.tryggve.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.tryggve.shared.TokenBuckets;

/**
 * Throttles password guessing per client address (issue 8), besides the lockout of the account
 * ({@code tryggve.login.*}), which stops guessing one account's password but not trying one password on many
 * accounts. Every failed form login and every failed HTTP Basic login on the API takes a token from the
 * address's bucket ({@code tryggve.rate-limit.login.*}: 30 failures at once, 30 more a minute); with the bucket
 * empty, further logins from that address — right or wrong — are answered 429 Too Many Requests with
 * {@code Retry-After} (RFC 6585 4) until it has refilled: the login page with a Swedish message, an RFC 7807
 * problem on the API. Successful logins take nothing, so a whole office behind one address logs in freely.
 * The address is the client's, also behind a proxy ({@code server.forward-headers-strategy}).
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** The forward target that shows the login page with the "too many attempts" message. */
    static final String TOO_MANY_PATH = "/login/too-many";

    private final TokenBuckets failures;

    LoginThrottle(@Value("${tryggve.rate-limit.login.failures:30}") int failures,
                  @Value("${tryggve.rate-limit.login.failures-per-minute:30}") double perMinute) {
        this.failures = new TokenBuckets(failures, perMinute / 60d);
    }

    /** The filter of the form login (POST /login) in the web chain. */
    OncePerRequestFilter formFilter() {
        return new Filter(false);
    }

    /** The filter of HTTP Basic in the API chain. */
    OncePerRequestFilter basicFilter() {
        return new Filter(true);
    }

    private final class Filter extends OncePerRequestFilter {

        private final boolean api;

        Filter(boolean api) {
            this.api = api;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            boolean login = api ? authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                    : "POST".equals(request.getMethod()) && "/login".equals(path);
            if (!login) {
                chain.doFilter(request, response);
                return;
            }
            String address = request.getRemoteAddr();
            long wait = failures.waitSeconds(address);
            if (wait > 0) {
                log.warn("Login from {} refused for {} s: too many failed logins", address, wait);
                refuse(request, response, wait);
                return;
            }
            chain.doFilter(request, response);
            if (failed(response)) {
                failures.take(address);
            }
        }

        private boolean failed(HttpServletResponse response) {
            if (api) {
                return response.getStatus() == HttpStatus.UNAUTHORIZED.value();
            }
            String location = response.getHeader(HttpHeaders.LOCATION);
            return location != null && location.contains("/login?error");
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response, long wait)
                throws ServletException, IOException {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
            if (api) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"https://tryggve.se/problem/too-many-requests\",\"title\":\"Too Many Requests\","
                        + "\"status\":429,\"detail\":\"För många misslyckade inloggningar från din adress. Försök igen om "
                        + wait + " sekunder.\"}");
            } else {
                request.setAttribute("retryAfterSeconds", wait);
                request.getRequestDispatcher(TOO_MANY_PATH).forward(request, response);
            }
        }
    }
}
