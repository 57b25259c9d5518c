package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/** Without spring.mail.host Tryggve runs as usual and sends no reminders. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class FollowUpRemindersOffTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;
    @Autowired
    FollowUpReminders reminders;

    @Test
    void noMailServerMeansNoRemindersAndNoError() throws Exception {
        FollowUpFixture.World w = fixture.newWorld();
        // the deadline has passed (the real clock is later than 2022): overdue, were reminders on
        FollowUp f = followUps.openFollowUp(w.m, w.programme.id(), 2021, LocalDate.of(2022, 2, 1), null);
        assertThat(reminders.enabled()).isFalse();
        assertThat(reminders.sendDueReminders().enabled()).isFalse();
        assertThat(reminders.sendDueReminders(w.m).sent()).isZero();
        assertThat(reminders.reminders(w.m, f.id())).isEmpty();

        MockHttpSession coordinator = WebLogin.as(mvc, w.coordinator);
        String html = mvc.perform(get("/follow-ups/" + f.id()).session(coordinator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Påminnelser per e-post är avstängda").doesNotContain("Skicka påminnelser nu");
        mvc.perform(post("/follow-ups/" + f.id() + "/reminders").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "followup.reminders.off"));
        assertThat(reminders.reminders(w.m, f.id())).isEmpty();
    }
}
