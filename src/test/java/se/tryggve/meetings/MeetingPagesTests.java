package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, MeetingFixture.class})
class MeetingPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingFixture fixture;
    @Autowired
    Meetings meetings;

    @Test
    void secretaryKeepsTheMinutesOnThePagesAndAdjustedMinutesRefuseEdits() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        MockHttpSession secretary = WebLogin.as(mvc, w.secretary());
        mvc.perform(get("/meetings/new").session(secretary)).andExpect(status().isOk());
        // invalid: no body, bad time — re-rendered with messages, nothing saved
        mvc.perform(post("/meetings").session(secretary).with(csrf()).param("meetingDate", "2022-02-17")
                        .param("startTime", "25:00"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj organ.")))
                .andExpect(content().string(containsString("Ange tiden som TT:MM.")));
        assertThat(meetings.listMeetings(w.m(), null)).isEmpty();
        String location = mvc.perform(post("/meetings").session(secretary).with(csrf())
                        .param("bodyId", String.valueOf(w.tdb())).param("meetingDate", "2022-02-17")
                        .param("startTime", "13:00").param("place", "Kommunalhuset"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replace("/meetings/", ""));
        mvc.perform(post("/meetings/" + id + "/attendance").session(secretary).with(csrf())
                .param("kind", "MEMBER").param("personId", String.valueOf(w.outsider())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ledamotsregistret")));
        for (long p : new long[] {w.chair(), w.member(), w.member2()}) {
            var req = post("/meetings/" + id + "/attendance").session(secretary).with(csrf())
                    .param("kind", "MEMBER").param("personId", String.valueOf(p));
            if (p == w.member()) {
                req = req.param("adjuster", "true");
            }
            mvc.perform(req).andExpect(status().is3xxRedirection());
        }
        long version = meetings.findMeeting(w.m(), id).version();
        mvc.perform(post("/meetings/" + id).session(secretary).with(csrf()).param("bodyId", String.valueOf(w.tdb()))
                .param("meetingDate", "2022-02-17").param("chairPersonId", String.valueOf(w.chair()))
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        // the case-number field suggests the municipality's cases (number and title)
        fixture.insertCase(w.m(), "KS-2022/177.173", "Uppföljning av programmet");
        mvc.perform(get("/meetings/" + id + "/paragraphs/new").session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(containsString("list=\"case-options\"")))
                .andExpect(content().string(containsString("value=\"KS-2022/177.173\"")))
                .andExpect(content().string(containsString("KS-2022/177.173 – Uppföljning av programmet")));
        mvc.perform(post("/meetings/" + id + "/paragraphs").session(secretary).with(csrf()).param("title", "Program")
                .param("decisionType", "DECISION").param("caseNumber", "KS-9999/1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ärendet finns inte.")));
        String pLocation = mvc.perform(post("/meetings/" + id + "/paragraphs").session(secretary).with(csrf())
                        .param("title", "Program").param("decisionType", "DECISION"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long p = Long.parseLong(pLocation.replace("/paragraphs/", ""));
        // a vote missing a ballot is refused beside the ballots
        mvc.perform(post("/paragraphs/" + p + "/votes").session(secretary).with(csrf()).param("proposition", "Förslaget")
                        .param("jaMeans", "bifall").param("nejMeans", "avslag").param("choices[" + w.chair() + "]", "JA"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Varje tjänstgörande ledamot")));
        mvc.perform(post("/paragraphs/" + p + "/votes").session(secretary).with(csrf()).param("proposition", "Förslaget")
                .param("jaMeans", "bifall").param("nejMeans", "avslag").param("choices[" + w.chair() + "]", "JA")
                .param("choices[" + w.member() + "]", "NEJ").param("choices[" + w.member2() + "]", "JA"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/paragraphs/" + p + "/items").session(secretary).with(csrf()).param("kind", "RESERVATION")
                .param("personId", String.valueOf(w.member())).param("text", "Till förmån för eget yrkande"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/paragraphs/" + p).session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Resultat: 2 ja, 1 nej, 0 avstår")));
        mvc.perform(get("/meetings/" + id).session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kontrollen hittade inga problem.")));
        for (long signer : new long[] {w.chair(), w.member()}) {
            mvc.perform(post("/meetings/" + id + "/adjustments").session(secretary).with(csrf())
                    .param("personId", String.valueOf(signer))).andExpect(status().is3xxRedirection());
        }
        assertThat(meetings.findMeeting(w.m(), id).adjusted()).isTrue();
        // after adjustment: pages show no edit forms and refuse posts
        mvc.perform(get("/paragraphs/" + p).session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/paragraphs/" + p + "/items\""))));
        mvc.perform(post("/paragraphs/" + p + "/items").session(secretary).with(csrf()).param("kind", "POINT")
                .param("text", "Ny punkt")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Protokollet är justerat")));
        mvc.perform(post("/meetings/" + id + "/attendance").session(secretary).with(csrf())
                .param("kind", "OTHER").param("name", "Gäst")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Protokollet är justerat")));
        assertThat(meetings.findParagraph(w.m(), p).items(ItemKind.POINT)).isEmpty();
        // a reader reads but cannot edit
        MockHttpSession reader = WebLogin.as(mvc, w.reader());
        mvc.perform(get("/meetings").session(reader)).andExpect(status().isOk());
        mvc.perform(get("/meetings/" + id).session(reader)).andExpect(status().isOk());
        mvc.perform(get("/meetings/new").session(reader)).andExpect(status().isForbidden());
    }

    @Test
    void anotherMunicipalitysMeetingIsNotFound() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        var other = fixture.create(ParagraphNumbering.PER_MEETING);
        long foreign = fixture.meetingWithAttendance(meetings, other);
        long foreignParagraph = meetings.createParagraph(other.m(), foreign, new ParagraphInput("x", null,
                DecisionType.NOTED, null, null, null, null, null, null, false, null)).id();
        MockHttpSession secretary = WebLogin.as(mvc, w.secretary());
        mvc.perform(get("/meetings/" + foreign).session(secretary)).andExpect(status().isNotFound());
        mvc.perform(get("/paragraphs/" + foreignParagraph).session(secretary)).andExpect(status().isNotFound());
        mvc.perform(post("/paragraphs/" + foreignParagraph + "/items").session(secretary).with(csrf())
                .param("kind", "POINT").param("text", "x")).andExpect(status().isNotFound());
        assertThat(meetings.findParagraph(other.m(), foreignParagraph).items()).isEmpty();
    }
}
