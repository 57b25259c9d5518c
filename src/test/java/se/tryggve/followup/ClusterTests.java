package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.TryggveApplication;
import se.tryggve.cases.Registries;
import se.tryggve.cases.RegistryInput;
import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.testing.PostgresCondition;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * Two Tryggve instances on two ports against one PostgreSQL schema, as behind a load balancer (issue 8):
 * a user logs in on A and goes on, CSRF token included, on B; a follow-up reminder due now is sent once when
 * both instances run the scheduled job at the same moment and again one after the other; case numbers taken
 * concurrently through both instances have no duplicates and no gaps. PostgreSQL only: an in-memory H2 is
 * not shared by two instances, and the embedded file H2 is opened by one process. It lives in
 * {@code followup} for {@link FollowUpFixture} and the scheduled {@code ReminderConfig.ReminderJob}.
 */
@Tag("db")
@Tag("postgres-only")
@ExtendWith(PostgresCondition.class)
class ClusterTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ADMIN_PASSWORD = "cluster-test-password-1";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    static String schema;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoInstances() throws Exception {
        schema = "tg_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path dir = Files.createTempDirectory("cluster");
        // A migrates the schema; B starts on the migrated one, as a second replica does
        a = start(dir.resolve("a"));
        b = start(dir.resolve("b"));
    }

    static ConfigurableApplicationContext start(Path dataDir) {
        String url = TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new SpringApplicationBuilder(TryggveApplication.class).run(
                "--server.port=0", "--tryggve.data-dir=" + dataDir, "--tryggve.demo.enabled=false",
                "--tryggve.admin-password=" + ADMIN_PASSWORD, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabase.pgUser(),
                "--spring.datasource.password=" + TestDatabase.pgPassword(), "--spring.flyway.schemas=" + schema,
                "--spring.flyway.create-schemas=true", "--spring.flyway.default-schema=" + schema,
                "--spring.datasource.hikari.maximum-pool-size=6",
                "--spring.mail.host=localhost", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--tryggve.mail.from=tryggve@kommun.example",
                // the test runs the scheduled job's method itself, on both instances at once
                "--tryggve.followup.reminders.cron=-", "--tryggve.assessment.reminders.cron=-");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext ctx : new ConfigurableApplicationContext[] {a, b}) {
            if (ctx != null) {
                ctx.close();
            }
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword())) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    static URI uri(ConfigurableApplicationContext ctx, String path) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort() + path);
    }

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpResponse<String> get(ConfigurableApplicationContext ctx, String path, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(ctx, path)).GET();
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(ConfigurableApplicationContext ctx, String path, String cookie, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(ctx, path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(null);
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aUserLoggedInOnOneInstanceGoesOnOnTheOther() throws Exception {
        // the login page on A hands out a session (for its CSRF token); the login is posted to A
        HttpResponse<String> page = get(a, "/login", null);
        String anonymous = cookie(page, "SESSION");
        HttpResponse<String> login = postForm(a, "/login", anonymous,
                "username=admin&password=" + enc(ADMIN_PASSWORD) + "&_csrf=" + enc(csrf(page.body())));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = cookie(login, "SESSION");
        assertThat(session).isNotNull();

        // B knows the session: the account page answers, as admin
        HttpResponse<String> onB = get(b, "/account", session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("admin");
        // a form posted to B with the CSRF token of a page served by A is accepted: the token is in the shared session
        String tokenFromA = csrf(get(a, "/account", session).body());
        HttpResponse<String> logoutOnB = postForm(b, "/logout", session, "_csrf=" + enc(tokenFromA));
        assertThat(logoutOnB.statusCode()).isEqualTo(302);
        assertThat(logoutOnB.headers().firstValue("Location").orElseThrow()).contains("/login?logout");
        // and the logout on B ended the session on A too
        HttpResponse<String> afterOnA = get(a, "/account", session);
        assertThat(afterOnA.statusCode()).isEqualTo(302);
        assertThat(afterOnA.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aReminderDueNowIsSentOnceWhenBothInstancesRunTheJob() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        FollowUpFixture fixture = new FollowUpFixture(a.getBean(TestData.class), a.getBean(se.tryggve.governance.Governance.class),
                a.getBean(se.tryggve.organisation.Departments.class), a.getBean(Municipalities.class));
        FollowUpFixture.World w = fixture.newWorld();
        a.getBean(UserAccounts.class).createAccount(w.m, new UserAccounts.AccountData("cluster.reporter", "Åsa Öberg",
                "asa.oberg@kommun.example", Set.of(Role.DEPARTMENT_REPORTER), w.depA, null, true, TestData.PASSWORD));
        // the deadline is three days away: the "before the deadline" reminder of department A is due now
        LocalDate deadline = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(3);
        FollowUp f = a.getBean(FollowUps.class).openFollowUp(w.m, w.programme.id(), 2021, deadline, null);

        // both instances' schedulers fire at the same moment
        ReminderConfig.ReminderJob jobA = a.getBean(ReminderConfig.ReminderJob.class);
        ReminderConfig.ReminderJob jobB = b.getBean(ReminderConfig.ReminderJob.class);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(pool.submit(() -> { start.await(); jobA.sendDueReminders(); return null; }),
                    pool.submit(() -> { start.await(); jobB.sendDueReminders(); return null; }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("asa.oberg@kommun.example");
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from job_lock where name = 'followup-reminders'").query(Long.class).single()).isEqualTo(1);

        // one after the other: B's scheduled round is skipped (the round is held a minute), and a round on B that
        // bypasses the lock (the coordinator's "Skicka påminnelser nu") finds the reminder claimed already
        jobB.sendDueReminders();
        assertThat(b.getBean(FollowUpReminders.class).sendDueReminders().sent()).isZero();
        assertThat(a.getBean(FollowUpReminders.class).sendDueReminders(w.m).sent()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(a.getBean(FollowUpReminders.class).reminders(w.m, f.id())).extracting(Reminder::outcome)
                .containsExactlyInAnyOrder(ReminderOutcome.SENT, ReminderOutcome.NO_RECIPIENT);
    }

    @Test
    void aChangeCommittedOnOneInstanceReachesTheOthersCachesWithinSeconds() throws Exception {
        java.util.concurrent.BlockingQueue<se.tryggve.shared.ChangedElsewhere> seenOnB = new java.util.concurrent.LinkedBlockingQueue<>();
        b.addApplicationListener((org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<?>>)
                e -> {
                    if (e.getPayload() instanceof se.tryggve.shared.ChangedElsewhere c) {
                        seenOnB.add(c);
                    }
                });
        long m = a.getBean(Municipalities.class).findByCode("0126").orElseThrow().id();
        a.getBean(Registries.class).createRegistry(m, new RegistryInput("BEV", "Bevakningsdiariet", "BEV-{year}/{serial}"));
        // B polls the audit log every 2 s; its public response cache and search index follow that event
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        se.tryggve.shared.ChangedElsewhere change = null;
        while (System.nanoTime() < deadline && (change == null || !change.objectTypes().contains("Registry"))) {
            change = seenOnB.poll(1, TimeUnit.SECONDS);
        }
        assertThat(change).isNotNull();
        assertThat(change.municipalityId()).isEqualTo(m);
        assertThat(change.objectTypes()).contains("Registry");
        assertThat(change.beyondIncidents()).isTrue();
    }

    @Test
    void caseNumbersTakenThroughBothInstancesAtOnceHaveNoDuplicatesAndNoGaps() throws Exception {
        long m = a.getBean(Municipalities.class).findByCode("0126").orElseThrow().id();
        long registry = a.getBean(Registries.class).createRegistry(m, new RegistryInput("KLU", "Klusterdiariet", "KLU-{year}/{serial}")).id();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        int perInstance = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<JsonNode>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < perInstance * 2; i++) {
                ConfigurableApplicationContext target = i % 2 == 0 ? a : b;
                String body = "{\"registryId\": " + registry + ", \"title\": \"Ärende " + i + " i klustret\"}";
                answers.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(target, "/api/v1/cases"))
                            .header("Authorization", basic).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                    return JSON.readTree(r.body());
                }));
            }
            start.countDown();
            List<Integer> serials = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                JsonNode c = answer.get(120, TimeUnit.SECONDS);
                serials.add(c.get("serial").asInt());
                numbers.add(c.get("number").asString());
            }
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(serials).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, perInstance * 2).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        // as stored: 40 cases, serials 1..40, the counter at 40
        JdbcClient jdbc = b.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(distinct serial) from case_file where municipality_id = :m and registry_id = :r")
                .param("m", m).param("r", registry).query(Long.class).single()).isEqualTo(perInstance * 2L);
        assertThat(jdbc.sql("select max(last_serial) from case_serial where municipality_id = :m and registry_id = :r")
                .param("m", m).param("r", registry).query(Integer.class).single()).isEqualTo(perInstance * 2);
    }
}
