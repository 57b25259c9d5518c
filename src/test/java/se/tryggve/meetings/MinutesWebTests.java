package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.VeraPdf;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, MeetingFixture.class, MinutesFixture.class})
class MinutesWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MinutesFixture fixture;
    @Autowired
    Notices notices;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, String user) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    @Test
    void documentsOverTheApiForEveryRoleOfTheMunicipalityAnd404ForOthers() throws Exception {
        var s = fixture.seeded(true);
        var w = s.world();
        for (String user : new String[] {w.reader(), w.reporter(), w.secretary()}) {
            mvc.perform(as(get("/api/v1/meetings/{id}/minutes.html", s.meetingId()), user))
                    .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("Anslagsbevis")));
        }
        mvc.perform(as(get("/api/v1/paragraphs/{id}/extract.html", s.paragraphId()), w.reader()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Rätt utdraget intygar")));
        byte[] pdf = mvc.perform(as(get("/api/v1/paragraphs/{id}/extract.pdf", s.paragraphId()), w.reader()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        VeraPdf.assertPdfA2uAndPdfUa1(pdf);
        mvc.perform(as(get("/api/v1/meetings/{id}/minutes.pdf", s.meetingId()), w.reader()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(as(get("/api/v1/meetings/{id}/minutes.docx", s.meetingId()), w.reader()))
                .andExpect(status().isOk()).andExpect(content().contentType(MinutesDocuments.DOCX));
        mvc.perform(as(get("/api/v1/paragraphs/{id}/extract.docx", s.paragraphId()), w.reader()))
                .andExpect(status().isOk());

        var other = fixture.seeded(false).world();
        mvc.perform(as(get("/api/v1/meetings/{id}/minutes.pdf", s.meetingId()), other.reader())).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/paragraphs/{id}/extract.html", s.paragraphId()), other.reader())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/{id}/minutes.html", s.meetingId())).andExpect(status().isUnauthorized());
    }

    @Test
    void postingOverTheApi() throws Exception {
        var open = fixture.seeded(false);
        var w = open.world();
        String body = "{\"postedOn\":\"" + TODAY + "\"}";
        mvc.perform(as(post("/api/v1/meetings/{id}/notices", open.meetingId()), w.secretary())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        fixture.adjust(w, open.meetingId());
        mvc.perform(as(post("/api/v1/meetings/{id}/notices", open.meetingId()), w.reader())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(as(post("/api/v1/meetings/{id}/notices", open.meetingId()), w.secretary())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.postedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.lastDayOfAppeal").value(se.tryggve.shared.calendar.NoticeDates.lastDayOfAppeal(TODAY).toString()));
        mvc.perform(as(post("/api/v1/meetings/{id}/notices", open.meetingId()), w.secretary())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/v1/meetings/{id}/notices", open.meetingId()), w.reader()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].warnings[0].messageKey").value("calendar.warning.adjustedLate"));
    }

    @Test
    void theNoticeBoardIsPublicAndShowsPostedNoticesOnly() throws Exception {
        var s = fixture.seeded(true);
        Notice current = notices.postNotice(s.world().m(), s.meetingId(), TODAY);
        var later = fixture.seeded(true);
        Notice future = notices.postNotice(later.world().m(), later.meetingId(), TODAY.plusDays(5));

        mvc.perform(get("/anslagstavla")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/anslagstavla/" + current.id() + "/protokoll.pdf")))
                .andExpect(content().string(not(containsString("/anslagstavla/" + future.id() + "/protokoll.pdf"))));
        byte[] pdf = mvc.perform(get("/anslagstavla/{id}/protokoll.pdf", current.id())).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdf).isNotEmpty();
        mvc.perform(get("/anslagstavla/{id}/protokoll.pdf", future.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices").param("size", "200")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + current.id() + ",")))
                .andExpect(content().string(not(containsString("\"id\":" + future.id() + ","))))
                .andExpect(content().string(not(containsString("warnings"))));
        mvc.perform(get("/api/v1/notices/{id}", current.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.current").value(true));
        mvc.perform(get("/api/v1/notices/{id}", future.id())).andExpect(status().isNotFound());
        // posting is never public
        mvc.perform(post("/api/v1/meetings/{id}/notices", s.meetingId()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnauthorized());
    }

    @Test
    void documentsPageDownloadsAndPostingFromThePage() throws Exception {
        var s = fixture.seeded(true);
        var w = s.world();
        var reader = WebLogin.as(mvc, w.reader());
        mvc.perform(get("/meetings/{id}/documents", s.meetingId()).session(reader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/paragraphs/" + s.paragraphId() + "/extract.pdf")))
                .andExpect(content().string(not(containsString("name=\"postedOn\""))));
        mvc.perform(get("/meetings/{id}/minutes.pdf", s.meetingId()).session(reader)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/paragraphs/{id}/extract.docx", s.paragraphId()).session(reader)).andExpect(status().isOk());
        mvc.perform(post("/meetings/{id}/notices", s.meetingId()).session(reader).with(csrf())
                .param("postedOn", TODAY.toString())).andExpect(status().isForbidden());

        var secretary = WebLogin.as(mvc, w.secretary());
        mvc.perform(get("/meetings/{id}/documents", s.meetingId()).session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"postedOn\"")));
        mvc.perform(post("/meetings/{id}/notices", s.meetingId()).session(secretary).with(csrf()).param("postedOn", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/meetings/{id}/notices", s.meetingId()).session(secretary).with(csrf())
                        .param("postedOn", TODAY.minusYears(10).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("före justeringen")));
        assertThat(notices.noticesOfMeeting(w.m(), s.meetingId())).isEmpty();
        mvc.perform(post("/meetings/{id}/notices", s.meetingId()).session(secretary).with(csrf())
                        .param("postedOn", TODAY.toString()).param("keptAt", "Kommunkansliet"))
                .andExpect(redirectedUrl("/meetings/" + s.meetingId() + "/documents#notices"));
        mvc.perform(get("/meetings/{id}/documents", s.meetingId()).session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(containsString("mer än 14 dagar efter sammanträdet")));
        var other = fixture.seeded(false).world();
        mvc.perform(get("/meetings/{id}/documents", s.meetingId()).session(WebLogin.as(mvc, other.reader())))
                .andExpect(status().isNotFound());
    }
}
