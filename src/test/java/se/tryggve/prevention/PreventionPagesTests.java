package se.tryggve.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/** The entry pages: real figures for those who record them, published (suppressed) figures for the rest, refusals beside the field. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, PreventionFixture.class})
class PreventionPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PreventionFixture fixture;
    @Autowired
    PreventionFollowUps followUps;

    static MockHttpServletRequestBuilder figures(MockHttpServletRequestBuilder r, String narrative) {
        return r.with(csrf()).param("year", "2021").param("trainings", "6").param("trainingParticipants", "120")
                .param("coordinationMeetings", "3").param("consultations", "0").param("concernsHandled", "12")
                .param("narrative", narrative);
    }

    @Test
    void theCoordinatorSeesTheRealCountAndThePublishedSuppressedOne() throws Exception {
        var w = fixture.world();
        MockHttpSession s = WebLogin.as(mvc, w.coordinator());
        mvc.perform(get("/prevention").session(s)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera uppgifter för ett år")));
        mvc.perform(get("/prevention/new").session(s)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hela kommunen"), containsString("Socialförvaltningen"))));
        mvc.perform(figures(post("/prevention").session(s), "Samverkan med polisen.")).andExpect(redirectedUrl("/prevention"));
        String page = mvc.perform(get("/prevention").session(s)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        // internal table: 3 meetings; published table: "färre än 5"
        assertThat(page).contains("<td>3</td>").contains("färre än 5").contains("<td>0</td>").contains("Uppgifter 2021 per enhet");

        PreventionEntry e = followUps.listEntries(w.m(), 2021, null).get(0);
        mvc.perform(get("/prevention/{id}/edit", e.id()).session(s)).andExpect(status().isOk());
        mvc.perform(figures(post("/prevention/{id}", e.id()).session(s), "Samverkan med polisen och skolan.")
                .param("version", String.valueOf(e.version()))).andExpect(redirectedUrl("/prevention"));
        assertThat(followUps.findEntry(w.m(), e.id()).narrative()).isEqualTo("Samverkan med polisen och skolan.");
        // the same form again, on the old version
        mvc.perform(figures(post("/prevention/{id}", e.id()).session(s), "Äldre text.").param("version", String.valueOf(e.version())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Någon annan har ändrat uppgifterna")));
    }

    @Test
    void aPersonalIdentityNumberIsRefusedBesideTheNarrativeAndNothingIsSaved() throws Exception {
        var w = fixture.world();
        MockHttpSession s = WebLogin.as(mvc, w.coordinator());
        mvc.perform(figures(post("/prevention").session(s), "Ärendet gällde 811218-9876 i Flemingsberg."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"narrative-error\""),
                        containsString("Texten innehåller ett personnummer eller samordningsnummer"))));
        mvc.perform(post("/prevention").session(s).with(csrf()).param("year", "2021").param("consultations", "-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"consultations-error\""),
                        containsString("Antalet kan inte vara negativt."))));
        assertThat(followUps.listEntries(w.m(), null, null)).isEmpty();
    }

    @Test
    void aReporterRecordsForTheOwnDepartmentOnly() throws Exception {
        var w = fixture.world();
        long school = followUps.recordEntry(w.m(), PreventionFixture.input(2021, w.school(), 1, 10, 1, 1, 1, "Skolan")).id();
        MockHttpSession s = WebLogin.as(mvc, w.reporter());
        mvc.perform(get("/prevention/new").session(s)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Socialförvaltningen"), not(containsString("Hela kommunen</option>")))));
        // a department id of another department in the form is overridden by the reporter's own
        mvc.perform(figures(post("/prevention").session(s), "Socialtjänsten utbildades.").param("departmentId", String.valueOf(w.school())))
                .andExpect(redirectedUrl("/prevention"));
        assertThat(followUps.listEntries(w.m(), 2021, w.social())).hasSize(1);
        mvc.perform(get("/prevention/{id}/edit", school).session(s)).andExpect(status().isNotFound());
        mvc.perform(get("/prevention").session(s)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Socialtjänsten utbildades."), not(containsString("Skolan</td>")))));
    }

    @Test
    void aReaderSeesOnlyThePublishedFigures() throws Exception {
        var w = fixture.world();
        followUps.recordEntry(w.m(), PreventionFixture.input(2021, null, 6, 120, 3, 0, 12, "Samverkan."));
        MockHttpSession s = WebLogin.as(mvc, w.reader());
        mvc.perform(get("/prevention").session(s)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("färre än 5"), not(containsString("<td>3</td>")),
                        not(containsString("Registrera uppgifter för ett år")))));
        mvc.perform(get("/prevention/new").session(s)).andExpect(status().isForbidden());
    }
}
