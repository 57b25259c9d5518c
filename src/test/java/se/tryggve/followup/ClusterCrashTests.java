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
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import se.tryggve.meetings.DecisionType;
import se.tryggve.meetings.ItemKind;
import se.tryggve.meetings.MeetingInput;
import se.tryggve.meetings.MeetingView;
import se.tryggve.meetings.Meetings;
import se.tryggve.meetings.ParagraphInput;
import se.tryggve.meetings.ParagraphView;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.BodyInput;
import se.tryggve.organisation.BodyType;
import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.testing.PostgresCondition;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * Crash safety with two instances (issue 8): instance A runs in a child JVM, instance B in this test, both on
 * one PostgreSQL schema. A stream of Open311 POSTs, case registrations, saves of follow-up department parts and
 * edits of minutes (the meeting's header, the texts of two paragraphs, listed parts added to a third) goes to
 * both; A is killed with SIGKILL in the middle of it and the stream goes on through B. Afterwards every request
 * answered with success is in the database, case serials have no gaps or duplicates (a registration cut off by
 * the kill rolls back with its serial), and nothing is half-written: every department part, the minutes' header
 * and every paragraph is whole (all its texts come from one and the same save, at least as new as the last save
 * answered), every answered listed part is there with gapless positions, and each saved version of the minutes
 * has exactly one audit entry (the change and its audit line commit together or not at all). PostgreSQL only:
 * H2 is not shared by two processes. The child is {@code se.tryggve.open311.Open311KillChild} (prints
 * {@code CHILD READY <api key>}).
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
            // the minutes the stream edits: a meeting of a board of the follow-up's municipality, two paragraphs
            // whose texts are saved and a third that gets listed parts, all kept by a secretary (texts without
            // å, ä, ö so they can be found literally in the rendered minutes and hand-written JSON)
            Meetings meetings = b.getBean(Meetings.class);
            BodyInput board = new BodyInput();
            board.setName("Kommunstyrelsen");
            board.setShortName("KS");
            board.setType(BodyType.BOARD);
            board.setActive(true);
            long boardId = b.getBean(Bodies.class).createBody(w.m, board).id();
            MeetingView meeting = meetings.createMeeting(w.m, new MeetingInput(boardId, MEETING_DAY, "13:00", "15:00",
                    "Kommunalhuset", null, "Sekreterare", MEETING_DAY.plusDays(7), "Kommunalhuset", null));
            List<ParagraphView> edited = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                edited.add(meetings.createParagraph(w.m, meeting.id(), new ParagraphInput("Arende " + i, null,
                        DecisionType.DECISION, null, null, null, null, null, null, false, null)));
            }
            ParagraphView listed = meetings.createParagraph(w.m, meeting.id(), new ParagraphInput("Ovriga fragor", null,
                    DecisionType.NOTED, null, null, null, null, null, null, false, null));
            String secretary = basic(b.getBean(TestData.class).newUser(w.m, null, Role.SECRETARY), TestData.PASSWORD);

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean childDead = new AtomicBoolean();
            AtomicInteger answeredByA = new AtomicInteger();
            List<Long> incidents = Collections.synchronizedList(new ArrayList<>());
            List<Long> cases = Collections.synchronizedList(new ArrayList<>());
            Map<String, Integer> lastSaved = new ConcurrentHashMap<>();
            AtomicInteger minutesByA = new AtomicInteger();
            List<Long> items = Collections.synchronizedList(new ArrayList<>());
            List<String> bErrors = Collections.synchronizedList(new ArrayList<>());
            String admin = basic("admin", ADMIN_PASSWORD);
            ExecutorService pool = Executors.newFixedThreadPool(12);

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
            Editors editors = new Editors(http, onA, onB, stop, childDead, lastSaved, bErrors);
            // one editor per department part: save n puts "save n" in every goal's and activity's text
            for (DepartmentPart part : parts) {
                String user = part.departmentId() == w.depA ? w.reporterA : w.reporterB;
                pool.submit(editors.editor("part " + part.id(), basic(user, TestData.PASSWORD),
                        "/api/v1/follow-ups/" + f.id() + "/parts/" + part.id(), new AtomicInteger(), (n, v) -> partBody(w, part, n, v)));
            }
            // the minutes: one editor of the header and one per paragraph, save n puts "save n" in every text
            pool.submit(editors.editor("meeting " + meeting.id(), secretary, "/api/v1/meetings/" + meeting.id(), minutesByA,
                    (n, v) -> headerBody(boardId, n, v)));
            for (ParagraphView p : edited) {
                pool.submit(editors.editor("paragraph " + p.id(), secretary, "/api/v1/paragraphs/" + p.id(), minutesByA,
                        (n, v) -> paragraphBody(p.title(), n, v)));
            }
            // listed parts added to the third paragraph, "Punkt n" for the n-th
            pool.submit(() -> {
                for (int n = 1; !stop.get(); n++) {
                    boolean toA = n % 2 == 0 && !childDead.get();
                    String text = "Punkt " + n;
                    HttpResponse<String> r = send(http, HttpRequest.newBuilder((toA ? onA : onB).resolve("/api/v1/paragraphs/" + listed.id() + "/items"))
                            .header("Authorization", secretary).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"" + ItemKind.POINT + "\",\"text\":\"" + text + "\"}")));
                    if (r != null && r.statusCode() == 200) {
                        for (JsonNode item : JSON.readTree(r.body()).get("items")) {
                            if (text.equals(item.get("text").asString())) {
                                items.add(item.get("id").asLong());
                            }
                        }
                        if (toA) {
                            minutesByA.incrementAndGet();
                        }
                    } else if (!toA) {
                        bErrors.add("item " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
                    }
                }
                return null;
            });

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while ((answeredByA.get() < 60 || cases.size() < 10 || minutesByA.get() < 10) && System.nanoTime() < deadline) {
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
            System.out.printf("Cluster crash: %d reports (%d by the killed instance), %d cases (%d before the kill), "
                            + "%d listed parts, minutes edits answered by the killed instance %d, last saves %s%n",
                    incidents.size(), answeredByA.get(), cases.size(), casesAtKill, items.size(), minutesByA.get(), lastSaved);

            assertThat(answeredByA.get()).isGreaterThan(10);
            assertThat(minutesByA.get()).as("minutes edits answered by A").isPositive();
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
                assertWhole("part " + part.id(), texts, lastSaved);
            }
            // the minutes whole: the header and every paragraph from one save, not older than the last answered one
            MeetingView storedMeeting = meetings.findMeeting(w.m, meeting.id());
            assertWhole("meeting " + meeting.id(), List.of(storedMeeting.place(), storedMeeting.secretaryName(),
                    storedMeeting.adjustmentPlace()), lastSaved);
            assertAudited(jdbc, w.m, "Meeting", meeting.id(), "updated", storedMeeting.version() - meeting.version());
            List<String> titles = new ArrayList<>();
            for (ParagraphView p : edited) {
                ParagraphView stored = meetings.findParagraph(w.m, p.id());
                assertWhole("paragraph " + p.id(), java.util.Arrays.asList(stored.title(), stored.proposedDecision(),
                        stored.instructions(), stored.summary(), stored.chairOrder(), stored.sentTo()), lastSaved);
                assertAudited(jdbc, w.m, "Paragraph", p.id(), "updated", stored.version() - p.version());
                titles.add(stored.title());
            }
            // every answered listed part is there; positions 1..n; each added part bumped the paragraph's version
            // and left its audit entry in the same transaction, so a part cut off by the kill left neither
            ParagraphView storedListed = meetings.findParagraph(w.m, listed.id());
            List<Long> itemIds = storedListed.items().stream().map(ParagraphView.ItemView::id).toList();
            assertThat(itemIds).as("listed parts").containsAll(List.copyOf(items));
            List<Integer> positions = storedListed.items().stream().map(ParagraphView.ItemView::position).sorted().toList();
            for (int i = 0; i < positions.size(); i++) {
                assertThat(positions.get(i)).isEqualTo(i + 1);
            }
            assertThat(storedListed.version() - listed.version()).as("versions of the listed paragraph").isEqualTo(itemIds.size());
            assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'ParagraphItem' and action = 'created'")
                    .param("m", w.m).query(Long.class).single()).as("audit entries of listed parts").isEqualTo(itemIds.size());
            // and the minutes as B renders them show the stored texts
            HttpResponse<String> minutes = send(http, HttpRequest.newBuilder(onB.resolve("/api/v1/meetings/" + meeting.id() + "/minutes.html"))
                    .header("Authorization", secretary).GET());
            assertThat(minutes.statusCode()).isEqualTo(200);
            assertThat(minutes.body()).contains(titles).contains(storedListed.items().get(storedListed.items().size() - 1).text());
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

    static final LocalDate MEETING_DAY = LocalDate.of(2022, 2, 17);
    static final Pattern SAVE = Pattern.compile("save (\\d+)$");

    static String headerBody(long body, int n, long version) {
        return "{\"bodyId\":" + body + ",\"meetingDate\":\"" + MEETING_DAY + "\",\"startTime\":\"13:00\",\"endTime\":\"15:00\","
                + "\"place\":\"Kommunalhuset save " + n + "\",\"secretaryName\":\"Sekreterare save " + n + "\","
                + "\"adjustmentDate\":\"" + MEETING_DAY.plusDays(7) + "\",\"adjustmentPlace\":\"Kansliet save " + n + "\","
                + "\"version\":" + version + "}";
    }

    static String paragraphBody(String title, int n, long version) {
        return "{\"title\":\"" + title + " save " + n + "\",\"decisionType\":\"DECISION\","
                + "\"proposedDecision\":\"Forslag save " + n + "\",\"instructions\":\"Uppdrag save " + n + "\","
                + "\"summary\":\"Sammanfattning save " + n + "\",\"chairOrder\":\"Ordforandens forslag save " + n + "\","
                + "\"sentTo\":\"Kansliet save " + n + "\",\"immediateAdjustment\":false,\"version\":" + version + "}";
    }

    /** Every text ends with "save k" for one and the same k, and k is at least the last save answered. */
    static void assertWhole(String what, List<String> texts, Map<String, Integer> lastSaved) {
        assertThat(texts).as(what).isNotEmpty().doesNotContainNull();
        Matcher first = SAVE.matcher(texts.get(0));
        assertThat(first.find()).as("%s: %s", what, texts).isTrue();
        String save = "save " + first.group(1);
        assertThat(texts).as(what).allSatisfy(t -> assertThat(t).endsWith(save));
        assertThat(Integer.parseInt(first.group(1))).as(what).isGreaterThanOrEqualTo(lastSaved.getOrDefault(what, 0));
    }

    /** Each version the saves added has its audit entry: written in the same transaction as the change. */
    static void assertAudited(JdbcClient jdbc, long m, String type, long id, String action, long versions) {
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = :t and object_id = :id and action = :a")
                .param("m", m).param("t", type).param("id", String.valueOf(id)).param("a", action).query(Long.class).single())
                .as("audit entries of %s %d", type, id).isEqualTo(versions);
    }

    /**
     * The editors of the stream. Each one saves one record over and over, alternating between A and B (only B
     * once A is gone); save n writes "save n" into all its texts. A save answered with success is remembered as
     * the record's last save; one cut off by the kill may or may not have committed, so the version is read again.
     */
    record Editors(HttpClient http, URI onA, URI onB, AtomicBoolean stop, AtomicBoolean childDead,
                   Map<String, Integer> lastSaved, List<String> bErrors) {

        java.util.concurrent.Callable<Void> editor(String name, String auth, String path, AtomicInteger answeredByA,
                                                   BiFunction<Integer, Long, String> body) {
            return () -> {
                long version = -1;
                for (int n = 1; !stop.get(); n++) {
                    if (version < 0) {
                        HttpResponse<String> g = send(http, HttpRequest.newBuilder(onB.resolve(path)).header("Authorization", auth).GET());
                        if (g == null || g.statusCode() != 200) {
                            bErrors.add(name + " read " + (g == null ? "no answer" : g.statusCode() + " " + g.body()));
                            continue;
                        }
                        version = JSON.readTree(g.body()).get("version").asLong();
                    }
                    boolean toA = n % 2 == 0 && !childDead.get();
                    HttpResponse<String> r = send(http, HttpRequest.newBuilder((toA ? onA : onB).resolve(path))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body.apply(n, version))));
                    if (r != null && r.statusCode() == 200) {
                        lastSaved.put(name, n);
                        version = JSON.readTree(r.body()).get("version").asLong();
                        if (toA) {
                            answeredByA.incrementAndGet();
                        }
                    } else {
                        version = -1;
                        if (!toA && (r == null || r.statusCode() != 409)) {
                            bErrors.add(name + " " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
                        }
                    }
                }
                return null;
            };
        }
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
