package se.tryggve.followup;

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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.TryggveApplication;
import se.tryggve.cases.Registries;
import se.tryggve.cases.RegistryInput;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.PostgresCondition;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * Crash safety with two instances (issue 8): instance A runs in a child JVM, instance B in this test, both on
 * one PostgreSQL schema. A stream of Open311 POSTs, case registrations and saves of follow-up department parts
 * goes to both; A is killed with SIGKILL in the middle of it and the stream goes on through B. Afterwards every
 * request answered with success is in the database, case serials have no gaps or duplicates (a registration cut
 * off by the kill rolls back with its serial), and every department part is whole: all its texts come from one
 * and the same save, at least as new as the last save answered. PostgreSQL only: H2 is not shared by two
 * processes. The child is {@code se.tryggve.open311.Open311KillChild} (prints {@code CHILD READY <api key>}).
 */
@Tag("db")
@Tag("postgres-only")
@ExtendWith(PostgresCondition.class)
class ClusterCrashTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ADMIN_PASSWORD = "crash-test-password-1";

    @Test
    void everyAnsweredRequestSurvivesTheKillOfOneInstanceAndNothingIsHalfWritten() throws Exception {
        String schema = "tg_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Path dir = Files.createTempDirectory("cluster-crash");
        int childPort;
        try (ServerSocket s = new ServerSocket(0)) {
            childPort = s.getLocalPort();
        }
        List<String> common = List.of("--tryggve.demo.enabled=false", "--tryggve.admin-password=" + ADMIN_PASSWORD,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabase.pgUser(),
                "--spring.datasource.password=" + TestDatabase.pgPassword(), "--spring.flyway.schemas=" + schema,
                "--spring.flyway.create-schemas=true", "--spring.flyway.default-schema=" + schema,
                "--spring.datasource.hikari.maximum-pool-size=6");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "se.tryggve.open311.Open311KillChild",
                "--server.port=" + childPort, "--tryggve.data-dir=" + dir.resolve("a")));
        command.addAll(common);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        ConfigurableApplicationContext b = null;
        try {
            String key = awaitReady(child);
            List<String> args = new ArrayList<>(common);
            args.addAll(List.of("--server.port=0", "--tryggve.data-dir=" + dir.resolve("b")));
            b = new SpringApplicationBuilder(TryggveApplication.class).run(args.toArray(String[]::new));
            URI onA = URI.create("http://localhost:" + childPort);
            URI onB = URI.create("http://localhost:" + ((WebServerApplicationContext) b).getWebServer().getPort());

            // what the stream works on: a follow-up with two parts, a registry of the installation municipality
            FollowUpFixture.World w = new FollowUpFixture(b.getBean(TestData.class), b.getBean(se.tryggve.governance.Governance.class),
                    b.getBean(se.tryggve.organisation.Departments.class), b.getBean(Municipalities.class)).newWorld();
            FollowUp f = b.getBean(FollowUps.class).openFollowUp(w.m, w.programme.id(), 2021, LocalDate.now().plusMonths(1), null);
            List<DepartmentPart> parts = b.getBean(FollowUps.class).parts(w.m, f.id());
            long m0126 = b.getBean(Municipalities.class).findByCode("0126").orElseThrow().id();
            long registry = b.getBean(Registries.class).createRegistry(m0126, new RegistryInput("KR", "Kraschdiariet", "KR-{year}/{serial}")).id();

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean childDead = new AtomicBoolean();
            AtomicInteger answeredByA = new AtomicInteger();
            List<Long> incidents = Collections.synchronizedList(new ArrayList<>());
            List<Long> cases = Collections.synchronizedList(new ArrayList<>());
            Map<Long, Integer> lastSaved = new ConcurrentHashMap<>();
            List<String> bErrors = Collections.synchronizedList(new ArrayList<>());
            String admin = basic("admin", ADMIN_PASSWORD);
            ExecutorService pool = Executors.newFixedThreadPool(8);

            // Open311 reports, alternating between the instances (only B once A is gone)
            for (int t = 0; t < 4; t++) {
                int thread = t;
                pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        boolean toA = (i + thread) % 2 == 0 && !childDead.get();
                        String body = "api_key=" + key + "&service_code=vandalism&lat=59.2369&long=17.9819&description=Krossad+ruta";
                        HttpResponse<String> r = send(http, HttpRequest.newBuilder((toA ? onA : onB).resolve("/open311/v2/requests.json"))
                                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
                        if (r != null && r.statusCode() == 200) {
                            incidents.add(JSON.readTree(r.body()).get(0).get("service_request_id").asLong());
                            if (toA) {
                                answeredByA.incrementAndGet();
                            }
                        } else if (!toA) {
                            bErrors.add("open311 " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
                        }
                    }
                    return null;
                });
            }
            // case registrations through both
            for (int t = 0; t < 2; t++) {
                int thread = t;
                pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        boolean toA = (i + thread) % 2 == 0 && !childDead.get();
                        HttpResponse<String> r = send(http, HttpRequest.newBuilder((toA ? onA : onB).resolve("/api/v1/cases"))
                                .header("Authorization", admin).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"registryId\": " + registry + ", \"title\": \"Kraschärende\"}")));
                        if (r != null && r.statusCode() == 201) {
                            cases.add(JSON.readTree(r.body()).get("id").asLong());
                        } else if (!toA) {
                            bErrors.add("case " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
                        }
                    }
                    return null;
                });
            }
            // one editor per department part: save n puts "save n" in every goal's and activity's text
            for (DepartmentPart part : parts) {
                String user = part.departmentId() == w.depA ? w.reporterA : w.reporterB;
                String auth = basic(user, TestData.PASSWORD);
                pool.submit(() -> {
                    long version = -1;
                    for (int n = 1; !stop.get(); n++) {
                        if (version < 0) {
                            HttpResponse<String> g = send(http, HttpRequest.newBuilder(onB.resolve("/api/v1/follow-ups/" + f.id() + "/parts/" + part.id()))
                                    .header("Authorization", auth).GET());
                            version = JSON.readTree(g.body()).get("version").asLong();
                        }
                        boolean toA = n % 2 == 0 && !childDead.get();
                        HttpResponse<String> r = send(http, HttpRequest.newBuilder((toA ? onA : onB)
                                        .resolve("/api/v1/follow-ups/" + f.id() + "/parts/" + part.id()))
                                .header("Authorization", auth).header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(partBody(w, part, n, version))));
                        if (r != null && r.statusCode() == 200) {
                            lastSaved.put(part.id(), n);
                            version = JSON.readTree(r.body()).get("version").asLong();
                        } else {
                            // cut off by the kill (the save may or may not have committed): read the version again
                            version = -1;
                            if (!toA && (r == null || r.statusCode() != 409)) {
                                bErrors.add("part " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
                            }
                        }
                    }
                    return null;
                });
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while ((answeredByA.get() < 60 || cases.size() < 10) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            child.destroyForcibly(); // SIGKILL
            child.waitFor(30, TimeUnit.SECONDS);
            childDead.set(true);
            int casesAtKill = cases.size();
            // the stream goes on through B
            Thread.sleep(1500);
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            System.out.printf("Cluster crash: %d reports (%d by the killed instance), %d cases (%d before the kill), part saves %s%n",
                    incidents.size(), answeredByA.get(), cases.size(), casesAtKill, lastSaved);

            assertThat(answeredByA.get()).isGreaterThan(10);
            assertThat(bErrors).as("B answers every request while A dies").isEmpty();
            assertThat(cases.size()).isGreaterThan(casesAtKill);
            JdbcClient jdbc = b.getBean(JdbcClient.class);
            // every answered report and case is there
            for (long id : List.copyOf(incidents)) {
                assertThat(jdbc.sql("select count(*) from incident where id = :id").param("id", id).query(Long.class).single())
                        .as("incident %d", id).isEqualTo(1);
            }
            for (long id : List.copyOf(cases)) {
                assertThat(jdbc.sql("select count(*) from case_file where id = :id").param("id", id).query(Long.class).single())
                        .as("case %d", id).isEqualTo(1);
            }
            // serials 1..n without gaps or duplicates; the counter agrees
            List<Integer> serials = jdbc.sql("select serial from case_file where municipality_id = :m and registry_id = :r order by serial")
                    .param("m", m0126).param("r", registry).query(Integer.class).list();
            assertThat(serials).hasSizeGreaterThanOrEqualTo(cases.size());
            for (int i = 0; i < serials.size(); i++) {
                assertThat(serials.get(i)).isEqualTo(i + 1);
            }
            assertThat(jdbc.sql("select last_serial from case_serial where municipality_id = :m and registry_id = :r")
                    .param("m", m0126).param("r", registry).query(Integer.class).single()).isEqualTo(serials.size());
            // every part whole: each text from the same save, not older than the last answered one
            FollowUps followUps = b.getBean(FollowUps.class);
            for (DepartmentPart part : parts) {
                DepartmentPart stored = followUps.part(w.m, f.id(), part.id());
                List<String> texts = new ArrayList<>();
                stored.goals().forEach(g -> texts.add(g.work()));
                stored.activities().forEach(a -> texts.add(a.whatWasDone()));
                assertThat(texts).isNotEmpty().doesNotContainNull();
                int save = Integer.parseInt(texts.get(0).replaceAll("\\D+", ""));
                assertThat(texts).as("part %d", part.id()).allSatisfy(t -> assertThat(t).endsWith("save " + save));
                assertThat(save).isGreaterThanOrEqualTo(lastSaved.getOrDefault(part.id(), 0));
            }
        } finally {
            child.destroyForcibly();
            if (b != null) {
                b.close();
            }
            try (Connection c = DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword())) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    static String partBody(FollowUpFixture.World w, DepartmentPart part, int n, long version) {
        StringBuilder goals = new StringBuilder();
        for (var g : part.goals()) {
            goals.append(goals.isEmpty() ? "" : ",").append("{\"goalId\":").append(g.goalId())
                    .append(",\"work\":\"Arbete save ").append(n).append("\",\"judgement\":\"PARTLY_MET\"}");
        }
        StringBuilder activities = new StringBuilder();
        for (var a : part.activities()) {
            activities.append(activities.isEmpty() ? "" : ",").append("{\"activityId\":").append(a.activityId())
                    .append(",\"status\":\"ONGOING\",\"whatWasDone\":\"Gjort save ").append(n).append("\"}");
        }
        return "{\"goals\":[" + goals + "],\"activities\":[" + activities + "],\"version\":" + version + "}";
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null; // the instance is gone
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
}
