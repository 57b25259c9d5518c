package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.tryggve.audit.AuditLog;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/** Reminders by e-mail against a real SMTP server (GreenMail) started by the test. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class FollowUpReminderTests {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("tryggve.mail.from", () -> "tryggve@kommun.example");
        registry.add("tryggve.base-url", () -> "https://tryggve.kommun.example/");
    }

    /** A clock the test moves; the application reads time only through the Clock bean. */
    static class MovableClock extends Clock {
        volatile Instant now = Instant.now();

        void set(LocalDate date) {
            now = LocalDateTime.of(date, java.time.LocalTime.of(7, 0)).atZone(SWEDEN).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock outer = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId z) {
                    return outer.withZone(z);
                }

                @Override
                public Instant instant() {
                    return outer.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfig {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;
    @Autowired
    FollowUpReminders reminders;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    FollowUpFixture.World w;

    @BeforeEach
    void world() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        clock.set(LocalDate.of(2022, 1, 10));
        w = fixture.newWorld();
    }

    FollowUp open(FollowUpFixture.World world) {
        return followUps.openFollowUp(world.m, world.programme.id(), 2021, LocalDate.of(2022, 2, 1), null);
    }

    DepartmentPart partOf(FollowUpFixture.World world, FollowUp f, long department) {
        return followUps.parts(world.m, f.id()).stream().filter(p -> p.departmentId() == department).findFirst().orElseThrow();
    }

    String reporterWithEmail(long m, long department, String email) {
        String username = "r" + Long.toString(System.nanoTime(), 36);
        accounts.createAccount(m, new UserAccounts.AccountData(username, "Åsa Öberg", email,
                Set.of(Role.DEPARTMENT_REPORTER), department, null, true, TestData.PASSWORD));
        return username;
    }

    List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    static String to(MimeMessage mail) throws Exception {
        return Arrays.toString(mail.getAllRecipients());
    }

    @Test
    void beforeTheDeadlineOneReminderPerPartAndNeverTwice() throws Exception {
        reporterWithEmail(w.m, w.depA, "asa.oberg@kommun.example");
        FollowUp f = open(w);
        DepartmentPart a = partOf(w, f, w.depA);
        DepartmentPart b = partOf(w, f, w.depB);

        // 10 January: more than seven days left, nothing is due
        assertThat(reminders.sendDueReminders(w.m).sent()).isZero();
        assertThat(received()).isEmpty();

        clock.set(LocalDate.of(2022, 1, 25));
        var run = reminders.sendDueReminders(w.m);
        assertThat(run.sent()).isEqualTo(1);
        assertThat(run.noRecipient()).isEqualTo(1);
        assertThat(received()).hasSize(1);
        MimeMessage mail = received().get(0);
        assertThat(to(mail)).contains("asa.oberg@kommun.example");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("tryggve@kommun.example");
        assertThat(mail.getSubject()).isEqualTo(
                "Påminnelse: Uppföljning av Program för trygghet och säkerhet avseende 2021 ska lämnas senast 1 februari 2022");
        String body = (String) mail.getContent();
        assertThat(body).contains("Socialförvaltningen").contains("1 februari 2022")
                .contains("https://tryggve.kommun.example/follow-ups/" + f.id() + "/parts/" + a.id());

        List<Reminder> log = reminders.reminders(w.m, f.id());
        assertThat(log).extracting(Reminder::partId, Reminder::kind, Reminder::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(a.id(), ReminderKind.BEFORE_DEADLINE, ReminderOutcome.SENT),
                org.assertj.core.groups.Tuple.tuple(b.id(), ReminderKind.BEFORE_DEADLINE, ReminderOutcome.NO_RECIPIENT));
        Reminder sent = log.stream().filter(r -> r.partId() == a.id()).findFirst().orElseThrow();
        assertThat(sent.recipients()).isEqualTo("asa.oberg@kommun.example");
        var entries = audit.search(w.m, new AuditLog.Filter(null, FollowUpReminders.REMINDER, String.valueOf(sent.id()),
                "created", null, null), 0, 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).changes().get("outcome")).containsEntry("after", "SENT");

        // a second run the same day, and the next day: nothing more
        assertThat(reminders.sendDueReminders(w.m).sent()).isZero();
        clock.set(LocalDate.of(2022, 1, 26));
        assertThat(reminders.sendDueReminders().sent()).isZero();
        assertThat(received()).hasSize(1);
        assertThat(reminders.reminders(w.m, f.id())).hasSize(2);
    }

    @Test
    void overdueOnceAfterTheDeadlineAndSubmittedPartsGetNothing() throws Exception {
        reporterWithEmail(w.m, w.depA, "a@kommun.example");
        reporterWithEmail(w.m, w.depB, "b@kommun.example");
        FollowUp f = open(w);
        DepartmentPart a = partOf(w, f, w.depA);
        DepartmentPart b = partOf(w, f, w.depB);
        followUps.updatePart(w.m, f.id(), a.id(), a.version(),
                List.of(new GoalReport(w.g1.id(), "Vandringar", Judgement.MET), new GoalReport(w.g2.id(), "Övningar", Judgement.PARTLY_MET)),
                List.of(new ActivityReport(w.x.id(), ActivityStatus.DONE, "Fyra vandringar")));
        followUps.submitPart(w.m, f.id(), a.id());

        // the deadline day is still "before"; the day after is overdue
        clock.set(LocalDate.of(2022, 2, 1));
        assertThat(reminders.sendDueReminders(w.m).sent()).isEqualTo(1);
        clock.set(LocalDate.of(2022, 2, 2));
        assertThat(reminders.sendDueReminders(w.m).sent()).isEqualTo(1);
        clock.set(LocalDate.of(2022, 2, 9));
        assertThat(reminders.sendDueReminders(w.m).sent()).isZero();

        assertThat(received()).hasSize(2);
        assertThat(received()).allSatisfy(m -> assertThat(to(m)).isEqualTo("[b@kommun.example]"));
        assertThat(received().get(1).getSubject()).startsWith("Försenad: Uppföljning av Program för trygghet och säkerhet avseende 2021");
        assertThat(reminders.reminders(w.m, f.id())).allSatisfy(r -> assertThat(r.partId()).isEqualTo(b.id()))
                .extracting(Reminder::kind).containsExactly(ReminderKind.BEFORE_DEADLINE, ReminderKind.OVERDUE);
    }

    @Test
    void twoRunsAtTheSameTimeSendEachReminderOnce() throws Exception {
        reporterWithEmail(w.m, w.depA, "a@kommun.example");
        reporterWithEmail(w.m, w.depB, "b@kommun.example");
        FollowUp f = open(w);
        clock.set(LocalDate.of(2022, 1, 31));
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var runs = List.of(pool.submit(() -> { start.await(); return reminders.sendDueReminders(w.m); }),
                    pool.submit(() -> { start.await(); return reminders.sendDueReminders(w.m); }));
            start.countDown();
            int sent = 0;
            for (var run : runs) {
                sent += run.get(30, java.util.concurrent.TimeUnit.SECONDS).sent();
            }
            assertThat(sent).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(received()).hasSize(2);
        assertThat(reminders.reminders(w.m, f.id())).hasSize(2)
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ReminderOutcome.SENT));
    }

    @Test
    void anotherMunicipalityIsUnaffected() throws Exception {
        FollowUpFixture.World other = fixture.newWorld();
        reporterWithEmail(w.m, w.depA, "here@kommun.example");
        reporterWithEmail(other.m, other.depA, "there@annan.example");
        FollowUp mine = open(w);
        FollowUp theirs = open(other);

        clock.set(LocalDate.of(2022, 1, 30));
        reminders.sendDueReminders(w.m);
        assertThat(received()).hasSize(1);
        assertThat(to(received().get(0))).contains("here@kommun.example");
        assertThat(reminders.reminders(other.m, theirs.id())).isEmpty();
        assertThat(reminders.reminders(w.m, mine.id())).hasSize(2);
        // a part id of the other municipality is never found through this one
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reminders.reminders(w.m, theirs.id()))
                .isInstanceOf(se.tryggve.shared.NotFoundException.class);
    }

    @Test
    void dashboardShowsTheLogAndOnlyTheCoordinatorSendsNow() throws Exception {
        reporterWithEmail(w.m, w.depA, "asa@kommun.example");
        FollowUp f = open(w);
        MockHttpSession coordinator = WebLogin.as(mvc, w.coordinator);
        MockHttpSession reporter = WebLogin.as(mvc, w.reporterA);
        clock.set(LocalDate.of(2022, 1, 28));

        String before = mvc.perform(get("/follow-ups/" + f.id()).session(coordinator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(before).contains("Inga påminnelser har skickats.").contains("Skicka påminnelser nu");
        assertThat(mvc.perform(get("/follow-ups/" + f.id()).session(reporter)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Skicka påminnelser nu");

        mvc.perform(post("/follow-ups/" + f.id() + "/reminders").session(reporter).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/follow-ups/" + f.id() + "/reminders").session(coordinator))
                .andExpect(status().isForbidden());
        assertThat(received()).isEmpty();

        mvc.perform(post("/follow-ups/" + f.id() + "/reminders").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/follow-ups/" + f.id()));
        mvc.perform(post("/follow-ups/" + f.id() + "/reminders").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(received()).hasSize(1);

        String after = mvc.perform(get("/follow-ups/" + f.id()).session(coordinator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("id=\"reminders\"").contains("Före sista dag").contains("Skickad")
                .contains("Ingen mottagare med e-postadress").contains("28 januari 2022 07:00")
                .contains("Kultur- och fritidsförvaltningen");
    }
}
