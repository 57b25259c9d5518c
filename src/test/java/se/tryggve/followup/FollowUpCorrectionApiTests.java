package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class FollowUpCorrectionApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;

    FollowUpFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
    }

    FollowUp approved() {
        FollowUp f = followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
        followUps.writeSummary(w.m, f.id(), f.version(), "Arbetet har gått framåt", Judgement.PARTLY_MET, null);
        return followUps.approveFollowUp(w.m, f.id(), "Förvaltningarna hann inte granskas");
    }

    @Test
    void coordinatorCorrectsAnApprovedFollowUpOnce() throws Exception {
        FollowUp f = approved();
        String location = mvc.perform(post("/api/v1/follow-ups/" + f.id() + "/corrections")
                        .with(httpBasic(w.coordinator, TestData.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.supersedes").value(f.id()))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getHeader("Location");
        FollowUp correction = followUps.listFollowUps(w.m).stream().filter(x -> f.id() == (x.supersedes() == null ? -1 : x.supersedes()))
                .findFirst().orElseThrow();
        assertThat(location).isEqualTo("/api/v1/follow-ups/" + correction.id());
        assertThat(followUps.followUp(w.m, f.id()).superseded()).isTrue();
        assertThat(followUps.parts(w.m, correction.id())).hasSize(2);

        // already superseded
        mvc.perform(post("/api/v1/follow-ups/" + f.id() + "/corrections").with(httpBasic(w.coordinator, TestData.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Uppföljningen har redan rättats"));
        // the correction itself is open, not approved
        mvc.perform(post("/api/v1/follow-ups/" + correction.id() + "/corrections").with(httpBasic(w.coordinator, TestData.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Bara en godkänd uppföljning kan rättas"));
    }

    @Test
    void onlyTheCoordinatorAndOnlyItsOwnMunicipality() throws Exception {
        FollowUp f = approved();
        mvc.perform(post("/api/v1/follow-ups/" + f.id() + "/corrections").with(httpBasic(w.reporterA, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/follow-ups/" + f.id() + "/corrections").with(httpBasic(w.reader, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        FollowUpFixture.World other = fixture.newWorld();
        mvc.perform(post("/api/v1/follow-ups/" + f.id() + "/corrections").with(httpBasic(other.coordinator, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/follow-ups/999999/corrections").with(httpBasic(w.coordinator, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(followUps.followUp(w.m, f.id()).superseded()).isFalse();
    }
}
