package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class, ReportFixture.class})
class ReportEndpointTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportFixture reports;
    @Autowired
    TestData testData;

    ReportFixture.History h;
    long id;

    @BeforeEach
    void world() {
        h = reports.newHistory();
        id = h.y2021().id();
    }

    @Test
    void apiGivesAStandaloneHtmlDocumentAndAPdf() throws Exception {
        String html = mvc.perform(get("/api/v1/follow-ups/" + id + "/report.html").with(httpBasic(h.w().reader, TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<html").contains("lang=\"sv\"")
                .contains("<title>Uppföljning av Program för trygghet och säkerhet avseende 2021</title>")
                .contains("<meta name=\"description\"").contains("1 februari 2022").contains("data:image/png;base64,")
                .contains("Saknas – Kolada har inte publicerat året").doesNotContain("<bookmarks");

        byte[] pdf = mvc.perform(get("/api/v1/follow-ups/" + id + "/report.pdf").with(httpBasic(h.w().reporterB, TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"uppfoljning-2021.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void foreignIdsAreNotFoundAndAnonymousCallersAreRefused() throws Exception {
        long other = testData.newMunicipality("Grannkommun").id();
        String stranger = testData.newUser(other, null, Role.SECURITY_COORDINATOR);
        mvc.perform(get("/api/v1/follow-ups/" + id + "/report.html").with(httpBasic(stranger, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/follow-ups/" + id + "/report.pdf").with(httpBasic(stranger, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/follow-ups/999999/report.pdf").with(httpBasic(h.w().reader, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        MockHttpSession strangerSession = WebLogin.as(mvc, stranger);
        mvc.perform(get("/follow-ups/" + id + "/report").session(strangerSession)).andExpect(status().isNotFound());
        mvc.perform(get("/follow-ups/" + id + "/report.pdf").session(strangerSession)).andExpect(status().isNotFound());

        // Every role reads the report, and an account always has a role, so the refusal (403) is covered by the
        // truth table in FollowUpPermissionsTests; without credentials the API answers 401.
        mvc.perform(get("/api/v1/follow-ups/" + id + "/report.html")).andExpect(status().isUnauthorized());
    }

    @Test
    void previewPageAndPdfDownloadForAReporter() throws Exception {
        MockHttpSession reporter = WebLogin.as(mvc, h.w().reporterA);
        String page = mvc.perform(get("/follow-ups/" + id + "/report").session(reporter))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Uppföljning av Program för trygghet och säkerhet avseende 2021")
                .contains("/follow-ups/" + id + "/report.pdf").contains("/follow-ups/" + id + "/report.docx")
                .contains("/follow-ups/" + id + "/report.xlsx").contains("Delmål");
        mvc.perform(get("/follow-ups/" + id + "/report.pdf").session(reporter))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"uppfoljning-2021.pdf\""));
    }
}
