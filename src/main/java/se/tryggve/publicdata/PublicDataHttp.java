package se.tryggve.publicdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

import se.tryggve.shared.RuleViolationException;

/**
 * Fetches a public document over HTTP(S) with a descriptive User-Agent ("Tryggve/&lt;version&gt; (+contact)"),
 * time-outs and a size limit. The police feed goes through {@link #fetchPoliceFeed}, which always takes a
 * slot of the {@link FeedRateLimiter} first; nothing else in Tryggve calls the feed.
 */
@Component
class PublicDataHttp {

    private final FeedRateLimiter limiter;
    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;
    private final String version;

    @Autowired
    PublicDataHttp(FeedRateLimiter limiter, ObjectProvider<BuildProperties> build,
                   @Value("${tryggve.publicdata.connect-timeout:5s}") Duration connectTimeout,
                   @Value("${tryggve.publicdata.read-timeout:60s}") Duration readTimeout,
                   @Value("${tryggve.publicdata.max-download-mb:200}") long maxMb) {
        this(limiter, version(build.getIfAvailable()), connectTimeout, readTimeout, maxMb);
    }

    PublicDataHttp(FeedRateLimiter limiter, String version, Duration connectTimeout, Duration readTimeout, long maxMb) {
        this.limiter = limiter;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxMb * 1024 * 1024;
        this.version = version;
    }

    private static String version(BuildProperties b) {
        return b == null || b.getVersion() == null ? "dev" : b.getVersion();
    }

    /** The User-Agent the feed's rules ask for: who we are and how to reach the operator. */
    String userAgent(String contact) {
        String c = contact == null || contact.isBlank() ? "" : " (+" + contact.strip().replaceAll("[\\r\\n()]", "") + ")";
        return "Tryggve/" + version + c;
    }

    /** One call of the police feed, within its rate rule (may wait up to 10 s; refuses the 61st call within an hour). */
    String fetchPoliceFeed(URI url, String contact) {
        limiter.acquire();
        return get(url, contact, "publicdata.police.fetchFailed");
    }

    /** Any other public document (SCB's boundaries, Kolada). */
    String fetch(URI url, String contact, String failedKey) {
        return get(url, contact, failedKey);
    }

    private String get(URI url, String contact, String failedKey) {
        if (url == null || url.getScheme() == null || !url.getScheme().matches("(?i)https?")) {
            throw new RuleViolationException("url", "publicdata.url.invalid");
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(readTimeout).header("User-Agent", userAgent(contact))
                .header("Accept", "application/json, application/geo+json").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new RuleViolationException("url", failedKey, response.statusCode());
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[65536];
                long total = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new RuleViolationException("url", "publicdata.url.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buf, 0, n);
                }
                return out.toString(StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new RuleViolationException("url", failedKey, "–");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolationException("url", failedKey, "–");
        }
    }
}
