package se.tryggve.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.json.JsonMapper;

import se.tryggve.testing.PostgresCondition;
import se.tryggve.testing.TestDatabase;

/**
 * "A POST answered with success is never lost, also if the server is killed right after": the whole
 * application runs in a child JVM on its own database (an H2 file as in the embedded default, or a
 * PostgreSQL schema in the PostgreSQL pass); several clients post reports, the child is killed with
 * SIGKILL in the middle of it, and every request that had been answered with a service_request_id
 * must be in the database afterwards. It holds because the answer is written only after the commit.
 */
@Tag("db")
@ExtendWith(PostgresCondition.class)
class Open311DurabilityTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyAnsweredRequestSurvivesAKill() throws Exception {
        Path dir = Files.createTempDirectory("open311-kill");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String schema = "tg_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Open311KillChild.class.getName(),
                "--server.port=" + port, "--tryggve.data-dir=" + dir, "--tryggve.demo.enabled=false",
                "--tryggve.admin-password=kill-test-password-1", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        if (TestDatabase.postgresPass()) {
            String url = TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            command.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabase.pgUser(),
                    "--spring.datasource.password=" + TestDatabase.pgPassword(), "--spring.flyway.schemas=" + schema,
                    "--spring.flyway.create-schemas=true", "--spring.flyway.default-schema=" + schema));
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Long> answered = Collections.synchronizedList(new ArrayList<>());
        try {
            String key = awaitReady(child);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://localhost:" + port + "/open311/v2/requests.json");
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int c = 0; c < 8; c++) {
                clients.submit(() -> {
                    while (!stop.get()) {
                        String body = "api_key=" + key + "&service_code=vandalism&lat=59.2369&long=17.9819&description=Krossad+ruta";
                        try {
                            HttpResponse<String> res = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (res.statusCode() == 200) {
                                answered.add(JSON.readTree(res.body()).get(0).get("service_request_id").asLong());
                            }
                        } catch (Exception e) {
                            return null; // the server is gone
                        }
                    }
                    return null;
                });
            }
            // kill while requests are in flight, as soon as a good number has been answered
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.size() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            stop.set(true);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
            assertThat(answered).hasSizeGreaterThan(50);

            List<Long> ids = List.copyOf(answered);
            long present = count(dir, schema, ids);
            System.out.printf("Open311 durability: %d answered before SIGKILL, %d present afterwards%n", ids.size(), present);
            assertThat(present).isEqualTo(ids.size());
        } finally {
            child.destroyForcibly();
            if (TestDatabase.postgresPass()) {
                try (Connection c = DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword())) {
                    c.createStatement().execute("drop schema if exists " + schema + " cascade");
                }
            }
        }
    }

    static String awaitReady(Process child) throws Exception {
        CompletableFuture<String> ready = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("CHILD READY ")) {
                        ready.complete(line.substring("CHILD READY ".length()).trim());
                    } else if (log.length() < 20_000) {
                        log.append(line).append('\n');
                    }
                }
            } catch (Exception ignored) {
                // the child was killed
            }
            ready.completeExceptionally(new AssertionError("child ended without READY:\n" + log));
        });
        reader.setDaemon(true);
        reader.start();
        return ready.get(5, TimeUnit.MINUTES);
    }

    static long count(Path dir, String schema, List<Long> ids) throws Exception {
        Connection c = TestDatabase.postgresPass()
                ? DriverManager.getConnection(TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?")
                        + "currentSchema=" + schema, TestDatabase.pgUser(), TestDatabase.pgPassword())
                // as the application opens it (application.yaml), after the killed process left it
                : DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("tryggve")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;FILE_LOCK=NO", "tryggve", "");
        try (c) {
            long n = 0;
            for (long id : ids) {
                try (PreparedStatement ps = c.prepareStatement("select count(*) from incident where id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        n += rs.getLong(1);
                    }
                }
            }
            return n;
        }
    }
}
