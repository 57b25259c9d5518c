package se.tryggve.est;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.tryggve.audit.AuditLog;
import se.tryggve.security.Role;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.VeraPdf;

/** Sending a compiled picture to the EST group against a real SMTP server (GreenMail). */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class EstSendingTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("tryggve.mail.from", () -> "tryggve@kommun.example");
        registry.add("tryggve.base-url", () -> "https://tryggve.kommun.example/");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    EstPictures pictures;
    @Autowired
    AuditLog audit;

    @Test
    void theCompiledPictureGoesToEveryAddressOfTheGroupWithItsPdfAndTheSendingIsRecorded() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        long m = data.newMunicipality("Sändkommun").id();
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        EstPeriod week = EstPeriod.parseWeek("2025-W47");

        assertThatThrownBy(() -> pictures.saveRecipients(m, "polisen@example.se\ninte-en-adress"))
                .isInstanceOf(RuleViolationException.class);
        pictures.saveRecipients(m, "Polisen@Example.se\nbostad@example.se; polisen@example.se");
        assertThat(pictures.recipients(m)).containsExactly("bostad@example.se", "polisen@example.se");

        EstPicture draft = pictures.saveDraft(m, week, null);
        assertThatThrownBy(() -> pictures.sendPicture(m, draft.id())).isInstanceOf(RuleViolationException.class);

        pictures.compilePicture(m, week, null);
        mvc.perform(post("/api/v1/est-sendings/2025-W47").with(httpBasic(coordinator, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recipients").value(2)).andExpect(jsonPath("$.outcome").value("SENT"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2); // one message, one delivery per recipient
        MimeMessage mail = received[0];
        assertThat(Arrays.toString(mail.getAllRecipients())).contains("bostad@example.se").contains("polisen@example.se");
        assertThat(mail.getSubject()).isEqualTo("Veckolägesbild vecka 47 2025 – Sändkommun");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        BodyPart attachment = null;
        String text = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                attachment = part;
            } else if (part.getContent() instanceof MimeMultipart inner) {
                text = String.valueOf(inner.getBodyPart(0).getContent());
            } else {
                text = String.valueOf(part.getContent());
            }
        }
        assertThat(attachment).isNotNull();
        assertThat(attachment.getFileName()).isEqualTo("lagesbild-2025-w47.pdf");
        assertThat(text).contains("https://tryggve.kommun.example/est/2025-W47");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(pdf);
        VeraPdf.assertPdfA2uAndPdfUa1(pdf.toByteArray());

        EstPicture sent = pictures.findPicture(m, week).orElseThrow();
        assertThat(sent.sendings()).singleElement().satisfies(s -> {
            assertThat(s.recipients()).isEqualTo(2);
            assertThat(s.outcome()).isEqualTo("SENT");
            assertThat(s.sentBy()).isEqualTo(coordinator);
        });
        assertThat(audit.search(m, new AuditLog.Filter(null, EstPictures.OBJECT_TYPE, String.valueOf(sent.id()), "sent", null, null), 0, 10))
                .hasSize(1);
        assertThat(audit.search(m, new AuditLog.Filter(null, EstPictures.RECIPIENTS, null, "updated", null, null), 0, 10))
                .hasSize(1);
    }
}
