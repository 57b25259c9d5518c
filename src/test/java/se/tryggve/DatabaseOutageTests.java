package se.tryggve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import se.tryggve.testing.PostgresCondition;
import se.tryggve.testing.TcpRelay;
import se.tryggve.testing.TestDatabase;

/**
 * Issue 8, "Restart PostgreSQL while the application is under load": the application's connections to
 * PostgreSQL run through a TCP relay; while clients keep calling pages, Open311, OParl and the API, the relay
 * cuts every connection and turns new ones away for several seconds (what a PostgreSQL restart looks like to
 * the pool). Every answer is 2xx or 503 — 503 with Retry-After and never a stack trace —, readiness is DOWN
 * during the outage and UP again afterwards without a restart (Hikari reconnects by itself). PostgreSQL only:
 * the embedded H2 has no connection to cut. {@code bench/pg-restart.sh} does the same with a real restart.
 */
@Tag("db")
@ExtendWith(PostgresCondition.class)
@Tag("postgres-only")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, DatabaseOutageTests.ThroughRelay.class})
class DatabaseOutageTests {

    static TcpRelay relay;

    /** Runs after {@link TestDatabase}: the same database and schema, reached through the relay. */
    static class ThroughRelay implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            Matcher m = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/").matcher(url);
            if (!m.find()) {
                throw new IllegalStateException("not a PostgreSQL URL: " + url);
            }
            try {
                relay = new TcpRelay(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String throughRelay = url.substring(0, m.start(1)) + "127.0.0.1:" + relay.port() + url.substring(m.end() - 1);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("databaseOutageRelay", Map.of(
                    "spring.datasource.url", throughRelay,
                    // fail fast in the test; production waits 5 s (application.yaml)
                    "spring.datasource.hikari.connection-timeout", "1500",
                    "spring.datasource.hikari.validation-timeout", "1000")));
        }
    }

    @AfterAll
    static void closeRelay() {
        if (relay != null) {
            relay.close();
        }
    }

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(String path, int status, String retryAfter, String body) {
    }

    static final List<String> PATHS = List.of("/kommun", "/open311/v2/services.json", "/open311/v2/services.xml",
            "/oparl/v1.1/body", "/api/v1/users", "/login");

    Answer call(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString("admin:test-admin-password-1".getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(path, r.statusCode(), r.headers().firstValue("Retry-After").orElse(null), r.body());
        } catch (Exception e) {
            return new Answer(path, -1, null, e.toString());
        }
    }

    @Test
    void aDatabaseOutageAnswers503WithoutStackTracesAndTheApplicationRecoversByItself() throws Exception {
        for (String path : PATHS) {
            assertThat(call(path).status()).as("before the outage: " + path).isEqualTo(200);
        }
        assertThat(call("/actuator/health/readiness").status()).isEqualTo(200);

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                int i = offset;
                while (running.get()) {
                    answers.add(call(PATHS.get(i++ % PATHS.size())));
                }
            }, "outage-client-" + c);
            t.start();
            clients.add(t);
        }

        Thread.sleep(1000);
        relay.cut();
        long cutAt = System.nanoTime();
        List<Integer> readinessDuring = new ArrayList<>();
        while (System.nanoTime() - cutAt < Duration.ofSeconds(6).toNanos()) {
            readinessDuring.add(call("/actuator/health/readiness").status());
        }
        relay.restore();

        long restoredAt = System.nanoTime();
        int readinessAfter = 0;
        while (System.nanoTime() - restoredAt < Duration.ofSeconds(30).toNanos()) {
            readinessAfter = call("/actuator/health/readiness").status();
            if (readinessAfter == 200) {
                break;
            }
            Thread.sleep(200);
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - restoredAt);
        Thread.sleep(1500);
        running.set(false);
        for (Thread t : clients) {
            t.join(30_000);
        }

        Map<String, Integer> counts = new TreeMap<>();
        for (Answer a : answers) {
            counts.merge(a.status() + " " + a.path(), 1, Integer::sum);
        }
        System.out.println("DatabaseOutageTests: answers during the run " + counts + "; readiness during the cut "
                + readinessDuring + "; ready again " + recovery.toMillis() + " ms after the database came back");

        assertThat(readinessDuring).as("readiness during the outage").contains(503);
        assertThat(readinessAfter).as("readiness after the outage, without a restart").isEqualTo(200);
        assertThat(answers).as("answers during the run").isNotEmpty().allSatisfy(a -> {
            assertThat(a.status()).as(a.path() + " " + a.body()).isIn(200, 503);
            assertThat(a.body()).as("no stack trace or exception in " + a.path())
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.springframework")
                    .doesNotContain("org.postgresql").doesNotContain("com.zaxxer");
            if (a.status() == 503) {
                assertThat(a.retryAfter()).as("Retry-After of " + a.path()).isNotNull();
            }
        });
        assertThat(answers).as("the outage was seen by the clients").anySatisfy(a -> assertThat(a.status()).isEqualTo(503));
        // the standard's own error formats
        assertThat(answers).filteredOn(a -> a.status() == 503 && a.path().startsWith("/api/"))
                .allSatisfy(a -> assertThat(a.body()).contains("\"status\":503"));
        assertThat(answers).filteredOn(a -> a.status() == 503 && a.path().endsWith("services.json"))
                .allSatisfy(a -> assertThat(a.body()).startsWith("[{\"code\":503"));
        assertThat(answers).filteredOn(a -> a.status() == 503 && a.path().endsWith("services.xml"))
                .allSatisfy(a -> assertThat(a.body()).contains("<errors><error><code>503</code>"));
        assertThat(answers).filteredOn(a -> a.status() == 503 && a.path().startsWith("/oparl/"))
                .allSatisfy(a -> assertThat(a.body()).contains("https://schema.oparl.org/1.1/Error"));

        for (String path : PATHS) {
            assertThat(call(path).status()).as("after the outage: " + path).isEqualTo(200);
        }
    }
}
