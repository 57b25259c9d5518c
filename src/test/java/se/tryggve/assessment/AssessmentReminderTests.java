package se.tryggve.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** The revision reminder against a real SMTP server (GreenMail): due N days before, to the coordinators, once. */
@IntegrationTest
@Import(TestData.class)
class AssessmentReminderTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("tryggve.mail.from", () -> "tryggve@kommun.example");
        registry.add("tryggve.base-url", () -> "https://tryggve.kommun.example/");
    }

    @Autowired AssessmentReminders reminders;
    @Autowired Assessments assessments;
    @Autowired UserAccounts accounts;
    @Autowired TestData data;

    private long adopted(long m, String title, LocalDate on) {
        AssessmentInputs.Header h = new AssessmentInputs.Header();
        h.setTitle(title);
        h.setPeriodFrom(LocalDate.of(2023, 1, 1));
        h.setPeriodTo(LocalDate.of(2024, 12, 31));
        long id = assessments.createAssessment(m, h).id();
        AssessmentInputs.Adoption a = new AssessmentInputs.Adoption();
        a.setAdoptedOn(on);
        a.setReference("KS § 12");
        assessments.recordAdoption(m, id, null, a);
        return id;
    }

    @Test
    void theCoordinatorsAreRemindedOnceBeforeTheRevisionDate() throws Exception {
        long m = data.newMunicipality("Påminnelseby").id();
        accounts.createAccount(m, new UserAccounts.AccountData("samordnare" + m, "Sara Samordnare", "sara@kommun.example",
                Set.of(Role.SECURITY_COORDINATOR), null, null, true, TestData.PASSWORD));
        accounts.createAccount(m, new UserAccounts.AccountData("lasare" + m, "Lars Läsare", "lars@kommun.example",
                Set.of(Role.READER), null, null, true, TestData.PASSWORD));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        // due in 30 days: inside the default 60 days; the other is due in 100 days
        long due = adopted(m, "Lägesbild 2023–2024", today.plusDays(30).minusMonths(24));
        adopted(m, "Lägesbild 2022–2023", today.plusDays(100).minusMonths(24));
        assertThat(assessments.findAssessment(m, due).revisionDueOn()).isEqualTo(today.plusDays(30));
        int before = smtp.getReceivedMessages().length;

        assertThat(reminders.sendDueReminders(m)).isEqualTo(1);
        assertThat(reminders.sendDueReminders(m)).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received.length - before).isEqualTo(1);
        MimeMessage mail = received[received.length - 1];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("sara@kommun.example");
        assertThat(mail.getSubject()).startsWith("Lägesbilden ska revideras senast");
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getContent().toString()).contains("Lägesbild 2023–2024")
                .contains("https://tryggve.kommun.example/assessments/" + due);
        assertThat(body).isNotBlank();
        assertThat(assessments.findAssessment(m, due).status()).isEqualTo(AssessmentStatus.ADOPTED);
    }
}
