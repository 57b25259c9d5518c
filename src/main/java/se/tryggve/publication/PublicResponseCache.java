package se.tryggve.publication;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import se.tryggve.shared.StateChanged;

/**
 * A cache of the public answers (portal, notice board, public lägesbild, OParl) for anonymous visitors: the
 * same page for everyone, so it is rendered once and served from memory until anything changes.
 * <ul>
 *   <li>Every committed change in Tryggve publishes a {@link StateChanged}; after its commit the whole cache is
 *       emptied, so a newly adjusted protocol or a masked paragraph is public (or hidden) at once. An answer
 *       rendered while a change committed is not kept (the generation counter).</li>
 *   <li>What changes by the clock alone (a notice taken down at midnight) is covered by a short time to live.</li>
 *   <li>Only anonymous GETs without credentials, only 200 answers without {@code Set-Cookie}, at most
 *       {@value #MAX_BODY} bytes each and {@value #MAX_ENTRIES} entries. The key holds the URL, the language
 *       (cookie, parameter, Accept-Language) and the host headers OParl builds its ids from.</li>
 *   <li>A repeat visit with the answer's ETag gets 304 without a body (RFC 9110 § 13.1.2).</li>
 * </ul>
 * Per instance: with several instances each keeps its own, emptied by its own events and the time to live.
 * Turned off with {@code tryggve.publication.cache.enabled=false} (the test profile does, so tests that write
 * with SQL see their rows at once).
 */
@Configuration
class PublicResponseCache {

    static final int MAX_BODY = 2 * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    static final List<String> PREFIXES = List.of("/kommun", "/tillganglighet", "/anslagstavla", "/lagesbild", "/oparl/");
    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LAST_MODIFIED,
            HttpHeaders.VARY);

    record Entry(long generation, Instant stored, int status, Map<String, String> headers, byte[] body) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > MAX_ENTRIES;
                }
            });
    /** How long a visitor waits for another's rendering of the same page before rendering it too. */
    static final Duration RENDER_WAIT = Duration.ofSeconds(5);

    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.locks.ReentrantLock> rendering =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean enabled;
    private final Duration timeToLive;
    private final Clock clock;

    PublicResponseCache(@Value("${tryggve.publication.cache.enabled:true}") boolean enabled,
                        @Value("${tryggve.publication.cache.time-to-live:PT30S}") Duration timeToLive, Clock clock) {
        this.enabled = enabled;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** After any committed change (or at once, outside a transaction): everything public may have changed. */
    @TransactionalEventListener(fallbackExecution = true)
    void onStateChanged(StateChanged event) {
        invalidate();
    }

    /** A change committed by another instance on the same database (issue 8), seen in the audit log. */
    @org.springframework.context.event.EventListener
    void onChangedElsewhere(se.tryggve.shared.ChangedElsewhere event) {
        invalidate();
    }

    void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicResponseCacheFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new CacheFilter());
        registration.addUrlPatterns("/kommun", "/kommun/*", "/tillganglighet", "/anslagstavla", "/anslagstavla/*",
                "/lagesbild", "/oparl/*");
        registration.setName("publicResponseCache");
        // inside Spring Security's chain (order -100), so the visitor is known; outside the portal's ETag filter (0)
        registration.setOrder(-50);
        return registration;
    }

    private final class CacheFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!enabled || !cacheable(request)) {
                chain.doFilter(request, response);
                return;
            }
            String key = key(request);
            Entry hit = fresh(key);
            if (hit != null) {
                replay(hit, request, response);
                return;
            }
            // One visitor renders a missing page, the others wait for it (at most a few seconds) and get the
            // stored answer: after a change, 50 visitors must not render the same slow page 50 times at once.
            java.util.concurrent.locks.ReentrantLock lock = rendering.computeIfAbsent(key,
                    k -> new java.util.concurrent.locks.ReentrantLock());
            boolean locked = false;
            try {
                locked = lock.tryLock(RENDER_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                hit = fresh(key);
                if (hit != null) {
                    replay(hit, request, response);
                    return;
                }
                render(key, request, response, chain);
            } finally {
                if (locked) {
                    lock.unlock();
                }
                if (!lock.hasQueuedThreads() && !lock.isLocked()) {
                    rendering.remove(key, lock);
                }
            }
        }

        private Entry fresh(String key) {
            Entry hit = entries.get(key);
            return hit != null && hit.generation() == generation.get()
                    && hit.stored().plus(timeToLive).isAfter(clock.instant()) ? hit : null;
        }

        private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long startedAt = generation.get();
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            byte[] body = wrapper.getContentAsByteArray();
            if (wrapper.getStatus() == 200 && !wrapper.containsHeader(HttpHeaders.SET_COOKIE) && body.length <= MAX_BODY
                    && request.getSession(false) == null && startedAt == generation.get()) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : KEPT_HEADERS) {
                    String value = name.equals(HttpHeaders.CONTENT_TYPE) ? wrapper.getContentType() : wrapper.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                }
                entries.put(key, new Entry(startedAt, clock.instant(), 200, headers, body));
            }
            wrapper.copyBodyToResponse();
        }

        private boolean cacheable(HttpServletRequest request) {
            if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                return false;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (PREFIXES.stream().noneMatch(path::startsWith)) {
                return false;
            }
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        }

        private static String key(HttpServletRequest request) {
            StringBuilder key = new StringBuilder(request.getRequestURI());
            if (request.getQueryString() != null) {
                key.append('?').append(request.getQueryString());
            }
            key.append('|').append(cookie(request, "tryggve-lang"))
                    .append('|').append(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                    .append('|').append(request.getHeader(HttpHeaders.ACCEPT))
                    .append('|').append(request.getHeader(HttpHeaders.HOST))
                    .append('|').append(request.getHeader("Forwarded"))
                    .append('|').append(request.getHeader("X-Forwarded-Host"))
                    .append('|').append(request.getHeader("X-Forwarded-Proto"))
                    .append('|').append(request.getHeader("X-Forwarded-Port"))
                    .append('|').append(request.getHeader("X-Forwarded-Prefix"));
            return key.toString();
        }

        private static String cookie(HttpServletRequest request, String name) {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if (name.equals(c.getName())) {
                        return c.getValue();
                    }
                }
            }
            return null;
        }

        private static void replay(Entry hit, HttpServletRequest request, HttpServletResponse response) throws IOException {
            hit.headers().forEach((name, value) -> {
                if (name.equals(HttpHeaders.CONTENT_TYPE)) {
                    response.setContentType(value);
                } else {
                    response.setHeader(name, value);
                }
            });
            String etag = hit.headers().get(HttpHeaders.ETAG);
            String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
            if (etag != null && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setStatus(hit.status());
            response.setContentLength(hit.body().length);
            response.getOutputStream().write(hit.body());
        }

        private static boolean matches(String ifNoneMatch, String etag) {
            String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.trim();
                if (c.equals("*") || c.equals(etag) || c.equals(bare) || c.equals("W/" + bare)) {
                    return true;
                }
            }
            return false;
        }
    }
}
