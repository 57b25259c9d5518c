package se.tryggve.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.followup.FollowUp;
import se.tryggve.followup.FollowUps;
import se.tryggve.meetings.PublishedMeetings;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The meetings and follow-up reports on the portal, on the demo: the adjusted meeting of 17 February 2022 with its
 * decisions, minutes and extracts, its confidential paragraph masked with the ground; only published reports, as
 * HTML and PDF; everything else 404.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "tryggve.demo.enabled=true")
@Import(TestData.class)
class PortalMeetingsAndReportsTests {

    static final String CONFIDENTIAL_TITLE = "Information om krisberedskap";

    @Autowired MockMvc mvc;
    @Autowired PublishedMeetings meetings;
    @Autowired PublishedReports reports;
    @Autowired FollowUps followUps;
    @Autowired Municipalities municipalities;
    @Autowired TestData testData;

    long m() {
        return municipalities.findByCode("0126").orElseThrow().id();
    }

    @Test
    void theAdjustedMeetingShowsDecisionsMinutesAndMasksTheConfidentialParagraph() throws Exception {
        long m = m();
        var adjusted = meetings.meetings(m).stream().filter(x -> x.adjusted() && x.date().equals(LocalDate.of(2022, 2, 17)))
                .findFirst().orElseThrow();
        mvc.perform(get("/kommun/0126/sammantraden")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("17 februari 2022"),
                        containsString("/kommun/0126/sammantraden/" + adjusted.id() + "/protokoll.pdf"))));
        String html = mvc.perform(get("/kommun/0126/sammantraden/" + adjusted.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(adjusted.bodyName()), containsString(PublishedMeetings.MASKED_TITLE),
                        containsString("18 kap. 13 §"), containsString("Informationen noteras."), not(containsString(CONFIDENTIAL_TITLE)))))
                .andReturn().getResponse().getContentAsString();
        byte[] minutes = mvc.perform(get("/kommun/0126/sammantraden/" + adjusted.id() + "/protokoll.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(minutes)).contains(PublishedMeetings.MASKED_TITLE).doesNotContain(CONFIDENTIAL_TITLE);
        Matcher extract = Pattern.compile("href=\"(/kommun/0126/sammantraden/\\d+/paragrafer/\\d+/utdrag\\.pdf)\"").matcher(html);
        int extracts = 0;
        while (extract.find()) {
            byte[] pdf = mvc.perform(get(extract.group(1))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(text(pdf)).doesNotContain(CONFIDENTIAL_TITLE);
            extracts++;
        }
        assertThat(extracts).isGreaterThan(1);
        // a paragraph of another meeting under this meeting's URL, and another municipality's meeting: 404
        mvc.perform(get("/kommun/0126/sammantraden/" + adjusted.id() + "/paragrafer/999999999/utdrag.pdf")).andExpect(status().isNotFound());
        String other = testData.newMunicipality("Annanby kommun").code();
        mvc.perform(get("/kommun/" + other + "/sammantraden/" + adjusted.id())).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/" + other + "/sammantraden/" + adjusted.id() + "/protokoll.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void aMeetingNotYetAdjustedShowsItsAgendaButNoDecisionOrMinutes() throws Exception {
        long m = m();
        var open = meetings.meetings(m).stream().filter(x -> !x.adjusted()).findFirst();
        if (open.isEmpty()) {
            return; // the demo has only adjusted meetings
        }
        mvc.perform(get("/kommun/0126/sammantraden/" + open.get().id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Protokollet är inte justerat än"), not(containsString("utdrag.pdf")))));
        mvc.perform(get("/kommun/0126/sammantraden/" + open.get().id() + "/protokoll.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void onlyPublishedReportsAreShownAsHtmlAndPdf() throws Exception {
        long m = m();
        var published = reports.reports(m);
        assertThat(published).isNotEmpty();
        var r = published.get(0);
        mvc.perform(get("/kommun/0126/uppfoljningar")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(r.title()), containsString("/kommun/0126/uppfoljningar/" + r.followUpId()))));
        mvc.perform(get("/kommun/0126/uppfoljningar/" + r.followUpId())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(r.title()), containsString("rapport.pdf"))));
        byte[] pdf = mvc.perform(get("/kommun/0126/uppfoljningar/" + r.followUpId() + "/rapport.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/kommun/0126/uppfoljningar").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Follow-ups")));

        for (FollowUp f : followUps.listFollowUps(m)) {
            if (published.stream().noneMatch(p -> p.followUpId() == f.id())) {
                mvc.perform(get("/kommun/0126/uppfoljningar/" + f.id())).andExpect(status().isNotFound());
                mvc.perform(get("/kommun/0126/uppfoljningar/" + f.id() + "/rapport.pdf")).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/kommun/0126/uppfoljningar/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void theStartPageListsTheLatestAdjustedMinutes() throws Exception {
        mvc.perform(get("/kommun/0126")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"latest-minutes\""), containsString("17 februari 2022"))));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
