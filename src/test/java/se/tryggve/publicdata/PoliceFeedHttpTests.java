package se.tryggve.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import se.tryggve.shared.RuleViolationException;

/**
 * The feed fetcher against a local HTTP server (loopback, a free port): the descriptive User-Agent is sent,
 * calls reach the server at least 10 s apart on the fake clock, and the 61st call within an hour never leaves.
 */
class PoliceFeedHttpTests {

    record Seen(Instant at, String userAgent, String query) {
    }

    HttpServer server;
    FakeClock clock = new FakeClock(FeedRateLimiterTests.START);
    List<Seen> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/events", exchange -> {
            seen.add(new Seen(clock.instant(), exchange.getRequestHeaders().getFirst("User-Agent"), exchange.getRequestURI().getQuery()));
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI feed() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/events?locationname=Huddinge");
    }

    PublicDataHttp http() {
        return new PublicDataHttp(new FeedRateLimiter(clock, clock.sleeper()), "1.2.3", Duration.ofSeconds(5), Duration.ofSeconds(5), 10);
    }

    @Test
    void everyCallNamesTryggveAndTheContactAndCallsAreAtLeastTenSecondsApart() {
        PublicDataHttp http = http();
        for (int i = 0; i < 3; i++) {
            assertThat(http.fetchPoliceFeed(feed(), "trygghet@huddinge.se")).isEqualTo("[]");
            clock.advance(Duration.ofSeconds(2));   // the caller comes back quickly: the limiter makes it wait
        }
        assertThat(seen).hasSize(3);
        assertThat(seen).allSatisfy(s -> {
            assertThat(s.userAgent()).isEqualTo("Tryggve/1.2.3 (+trygghet@huddinge.se)");
            assertThat(s.query()).isEqualTo("locationname=Huddinge");
        });
        for (int i = 1; i < seen.size(); i++) {
            assertThat(Duration.between(seen.get(i - 1).at(), seen.get(i).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void theSixtyFirstCallWithinAnHourIsRefusedBeforeItReachesTheServer() {
        PublicDataHttp http = http();
        for (int i = 0; i < 60; i++) {
            http.fetchPoliceFeed(feed(), null);
        }
        assertThat(seen).hasSize(60);
        assertThat(seen.get(0).userAgent()).isEqualTo("Tryggve/1.2.3");
        assertThatThrownBy(() -> http.fetchPoliceFeed(feed(), null)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("publicdata.police.rateLimited");
        assertThat(seen).hasSize(60);
        assertThat(Duration.between(seen.get(0).at(), seen.get(59).at())).isLessThan(Duration.ofHours(1));
    }

    @Test
    void aServerErrorIsARefusalNotAnException() {
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        URI broken = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/broken");
        assertThatThrownBy(() -> http().fetchPoliceFeed(broken, null)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("publicdata.police.fetchFailed");
    }
}
