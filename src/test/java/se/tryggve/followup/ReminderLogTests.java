package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failed reminder's log line keeps the mail server's answer but no recipient's address (issue 8). */
class ReminderLogTests {

    @Test
    void addressesInTheServersAnswerAreReplaced() {
        String answer = "SMTPSendFailedException: 550 5.1.1 <anna.svensson@huddinge.se>: Recipient address rejected; "
                + "also per-olof.ek+trygg@sub.kommun.example.se";
        String logged = FollowUpReminders.withoutAddresses(answer);
        assertThat(logged).doesNotContain("anna.svensson").doesNotContain("huddinge.se").doesNotContain("per-olof")
                .contains("550 5.1.1 <<e-postadress>>: Recipient address rejected").contains("also <e-postadress>");
        assertThat(FollowUpReminders.withoutAddresses(null)).isNull();
    }
}
