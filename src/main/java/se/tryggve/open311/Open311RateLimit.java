package se.tryggve.open311;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.tryggve.shared.TokenBuckets;

/**
 * A limit on Open311 POSTs per client application (per {@code api_key}), so one misbehaving or abused app cannot
 * flood the incident register (issue 8). A token bucket per key ({@code tryggve.rate-limit.open311.*}): by default
 * 100 requests a second with bursts of 1000 — far above what a citizens' app sends, low enough to stop a runaway
 * loop; a load test that posts faster from one key raises it (docs/configuration.md). Beyond it the answer is
 * 429 with {@code Retry-After} (RFC 6585 4) in GeoReport v2's own error list, JSON or XML by extension, before
 * anything is read from the database. A request without a key passes on and is refused 403 by {@link Open311Api}.
 * The key is held only as its SHA-256, like {@link ApiKeys} stores it.
 */
@Component
class Open311RateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(Open311RateLimit.class);

    private final TokenBuckets perKey;
    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> locales;

    Open311RateLimit(@Value("${tryggve.rate-limit.open311.per-second:100}") double perSecond,
                     @Value("${tryggve.rate-limit.open311.burst:1000}") int burst, MessageSource messages,
                     org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> locales) {
        this.perKey = new TokenBuckets(burst, perSecond);
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/open311/v2/requests.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getParameter("api_key");
        if (key != null && !key.isBlank()) {
            long wait = perKey.take(sha256(key.trim()));
            if (wait > 0) {
                log.warn("Open311 POST refused for {} s: rate limit of an api_key", wait);
                String text = messages.getMessage("open311.error.tooManyRequests", new Object[] {wait},
                        "open311.error.tooManyRequests", locale(request));
                ResponseEntity<byte[]> answer = Open311Format.ofPath(request.getRequestURI())
                        .errors(HttpStatus.TOO_MANY_REQUESTS, List.of(text));
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
                response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
                answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
                byte[] body = answer.getBody();
                if (body != null) {
                    response.getOutputStream().write(body);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The application's language choice (Swedish by default), as the endpoint's own errors use; this runs before it. */
    private java.util.Locale locale(HttpServletRequest request) {
        org.springframework.web.servlet.LocaleResolver resolver = locales.getIfAvailable();
        return resolver == null ? LocaleContextHolder.getLocale() : resolver.resolveLocale(request);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
