package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class FollowUpPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;

    FollowUpFixture.World w;
    MockHttpSession coordinator;
    MockHttpSession reporterA;

    @BeforeEach
    void world() throws Exception {
        w = fixture.newWorld();
        coordinator = WebLogin.as(mvc, w.coordinator);
        reporterA = WebLogin.as(mvc, w.reporterA);
    }

    String html(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    DepartmentPart partOf(FollowUp f, long department) {
        return followUps.parts(w.m, f.id()).stream().filter(p -> p.departmentId() == department).findFirst().orElseThrow();
    }

    @Test
    void coordinatorOpensAFollowUpAndSeesTheDashboard() throws Exception {
        assertThat(html("/follow-ups", coordinator)).contains("Uppföljningar").contains("Öppna uppföljning")
                .contains("Program för trygghet och säkerhet");
        mvc.perform(post("/follow-ups").session(coordinator).with(csrf()).param("documentId", String.valueOf(w.programme.id()))
                        .param("year", "2020").param("deadline", "2021-02-01").param("noteOnYear", "Pandemin"))
                .andExpect(status().is3xxRedirection());
        FollowUp f = followUps.listFollowUps(w.m).get(0);
        assertThat(html("/follow-ups/" + f.id(), coordinator)).contains("Uppföljning av Program för trygghet och säkerhet avseende 2020")
                .contains("Socialförvaltningen").contains("Kultur- och fritidsförvaltningen").contains("Pandemin")
                .contains("Bedömningar per område").contains("Försenad");
        assertThat(html("/follow-ups", reporterA)).doesNotContain("Öppna uppföljning");
    }

    @Test
    void yearOutsideThePeriodIsShownBesideTheField() throws Exception {
        String page = mvc.perform(post("/follow-ups").session(coordinator).with(csrf())
                        .param("documentId", String.valueOf(w.programme.id())).param("year", "2030").param("deadline", "2031-02-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"year-error\"").contains("Året ligger utanför styrdokumentets giltighetsperiod")
                .contains("is-invalid");
        assertThat(followUps.listFollowUps(w.m)).isEmpty();
    }

    @Test
    void reporterFillsInAndSubmitsOnlyItsOwnPart() throws Exception {
        FollowUp f = followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
        DepartmentPart own = partOf(f, w.depA);
        DepartmentPart other = partOf(f, w.depB);
        String url = "/follow-ups/" + f.id() + "/parts/" + own.id();
        assertThat(html(url, reporterA)).contains("Tryggare centrum").contains("Trygghetsvandringar").contains("Lämna in");
        mvc.perform(get("/follow-ups/" + f.id() + "/parts/" + other.id()).session(reporterA)).andExpect(status().isForbidden());
        mvc.perform(post("/follow-ups/" + f.id() + "/parts/" + other.id()).session(reporterA).with(csrf())
                .param("version", String.valueOf(other.version()))).andExpect(status().isForbidden());

        // submitting without judgements keeps the draft and shows the refusal beside the goals
        String refused = mvc.perform(post(url).session(reporterA).with(csrf()).param("version", String.valueOf(own.version()))
                        .param("goals[0].goalId", String.valueOf(w.g1.id())).param("goals[0].work", "Vandringar i centrum")
                        .param("goals[1].goalId", String.valueOf(w.g2.id())).param("goals[1].work", "")
                        .param("activities[0].activityId", String.valueOf(w.x.id())).param("activities[0].status", "DONE")
                        .param("activities[0].whatWasDone", "Fyra vandringar").param("submit", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"goals-error\"").contains("Ange en bedömning");
        assertThat(followUps.part(w.m, f.id(), own.id()).goals().get(0).work()).isEqualTo("Vandringar i centrum");

        long v = followUps.part(w.m, f.id(), own.id()).version();
        mvc.perform(post(url).session(reporterA).with(csrf()).param("version", String.valueOf(v))
                        .param("goals[0].goalId", String.valueOf(w.g1.id())).param("goals[0].judgement", "MET")
                        .param("goals[1].goalId", String.valueOf(w.g2.id())).param("goals[1].judgement", "PARTLY_MET")
                        .param("activities[0].activityId", String.valueOf(w.x.id())).param("activities[0].status", "DONE")
                        .param("submit", "true"))
                .andExpect(redirectedUrl(url));
        assertThat(followUps.part(w.m, f.id(), own.id()).status()).isEqualTo(PartStatus.SUBMITTED);
        // submitted: the reporter can no longer post changes
        mvc.perform(post(url).session(reporterA).with(csrf()).param("version", String.valueOf(v + 1)))
                .andExpect(status().isForbidden());
    }

    @Test
    void staleDraftShowsTheStaleMessageAndKeepsTheInput() throws Exception {
        FollowUp f = followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
        DepartmentPart own = partOf(f, w.depA);
        followUps.updatePart(w.m, f.id(), own.id(), own.version(), java.util.List.of(), java.util.List.of());
        String page = mvc.perform(post("/follow-ups/" + f.id() + "/parts/" + own.id()).session(reporterA).with(csrf())
                        .param("version", String.valueOf(own.version()))
                        .param("goals[0].goalId", String.valueOf(w.g1.id())).param("goals[0].work", "Min text"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Någon annan har ändrat uppgifterna under tiden").contains("Min text");
    }

    @Test
    void coordinatorReturnsAcceptsAndApprovesWithOverride() throws Exception {
        FollowUp f = followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
        DepartmentPart b = partOf(f, w.depB);
        followUps.updatePart(w.m, f.id(), b.id(), b.version(),
                java.util.List.of(new GoalReport(w.g2.id(), "Utbildning", Judgement.MET)), java.util.List.of());
        followUps.submitPart(w.m, f.id(), b.id());
        String partUrl = "/follow-ups/" + f.id() + "/parts/" + b.id();
        assertThat(html(partUrl, coordinator)).contains("Skicka tillbaka").contains("Godkänn delen");

        String noComment = mvc.perform(post(partUrl + "/return").session(coordinator).with(csrf()).param("comment", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noComment).contains("id=\"comment-error\"").contains("Skriv en kommentar om vad som ska kompletteras");
        mvc.perform(post(partUrl + "/return").session(coordinator).with(csrf()).param("comment", "Komplettera"))
                .andExpect(redirectedUrl("/follow-ups/" + f.id()));
        assertThat(html(partUrl, reporterLogin(w.reporterB))).contains("Komplettera");
        followUps.submitPart(w.m, f.id(), b.id());
        mvc.perform(post(partUrl + "/accept").session(coordinator).with(csrf())).andExpect(redirectedUrl("/follow-ups/" + f.id()));

        mvc.perform(post("/follow-ups/" + f.id() + "/summary").session(coordinator).with(csrf())
                        .param("summary", "Bra år").param("overallJudgement", "MET").param("version", String.valueOf(f.version())))
                .andExpect(redirectedUrl("/follow-ups/" + f.id()));
        String refused = mvc.perform(post("/follow-ups/" + f.id() + "/approve").session(coordinator).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"overrideReason-error\"").contains("ange ett skäl för att ändå godkänna");
        mvc.perform(post("/follow-ups/" + f.id() + "/approve").session(coordinator).with(csrf())
                .param("overrideReason", "Socialförvaltningen rapporterar senare")).andExpect(redirectedUrl("/follow-ups/" + f.id()));
        assertThat(followUps.followUp(w.m, f.id()).status()).isEqualTo(FollowUpStatus.APPROVED);
        assertThat(html("/follow-ups/" + f.id(), coordinator)).contains("Godkänd").contains("Gör en rättelse");

        mvc.perform(post("/follow-ups/" + f.id() + "/approve").session(reporterA).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anotherMunicipalitysFollowUpIsNotFound() throws Exception {
        FollowUp f = followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
        FollowUpFixture.World other = fixture.newWorld();
        MockHttpSession foreign = WebLogin.as(mvc, other.coordinator);
        mvc.perform(get("/follow-ups/" + f.id()).session(foreign)).andExpect(status().isNotFound());
        mvc.perform(get("/follow-ups/" + f.id() + "/parts/" + partOf(f, w.depA).id()).session(foreign))
                .andExpect(status().isNotFound());
    }

    MockHttpSession reporterLogin(String username) throws Exception {
        return WebLogin.as(mvc, username);
    }
}
