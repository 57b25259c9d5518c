package se.tryggve.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.audit.AuditLog;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** The extremism follow-up's API: record, change with If-Match, remove, scopes, published figures, refusals. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, PreventionFixture.class})
class PreventionApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BODY = """
            {"year": %d, %s "trainings": 6, "trainingParticipants": 120, "coordinationMeetings": 3, "consultations": 0,
             "concernsHandled": 7, "narrative": "Utbildningar för skolpersonal."}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    PreventionFixture fixture;
    @Autowired
    AuditLog audit;

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder r) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder r, String body) {
        return r.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long create(String user, int year, Long departmentId) throws Exception {
        String unit = departmentId == null ? "" : "\"departmentId\": " + departmentId + ",";
        return body(mvc.perform(as(user, json(post("/api/v1/prevention/entries"), BODY.formatted(year, unit))))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))).get("id").asLong();
    }

    @Test
    void theCoordinatorRecordsChangesWithIfMatchAndRemovesAYearsFigures() throws Exception {
        var w = fixture.world();
        long id = create(w.coordinator(), 2021, null);
        mvc.perform(as(w.coordinator(), get("/api/v1/prevention/entries/{id}", id)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.year").value(2021))
                .andExpect(jsonPath("$.coordinationMeetings").value(3));

        String changed = """
                {"year": 2021, "trainings": 6, "trainingParticipants": 120, "coordinationMeetings": 4, "consultations": 2,
                 "concernsHandled": 7, "narrative": "Utbildningar för skolpersonal och fritidsledare."}""";
        mvc.perform(as(w.coordinator(), json(put("/api/v1/prevention/entries/{id}", id), changed)).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.coordinationMeetings").value(4));
        // the same change based on the old version: someone else saved in between
        mvc.perform(as(w.coordinator(), json(put("/api/v1/prevention/entries/{id}", id), changed)).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());

        var entries = audit.search(w.m(), new AuditLog.Filter(null, "PreventionFollowUp", String.valueOf(id), null, null, null), 0, 10);
        assertThat(entries).extracting(AuditLog.Entry::action).contains("created", "updated");

        mvc.perform(as(w.coordinator(), delete("/api/v1/prevention/entries/{id}", id)).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(w.coordinator(), delete("/api/v1/prevention/entries/{id}", id)).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        mvc.perform(as(w.coordinator(), get("/api/v1/prevention/entries/{id}", id))).andExpect(status().isNotFound());
    }

    @Test
    void thePublishedFiguresSuppressCountsUnderFiveAndShowZero() throws Exception {
        var w = fixture.world();
        create(w.coordinator(), 2021, null);
        // the reader may not see the real figures, only the published ones
        mvc.perform(as(w.reader(), get("/api/v1/prevention/entries"))).andExpect(status().isForbidden());
        mvc.perform(as(w.reader(), get("/api/v1/prevention/published/2021")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trainings.value").value(6))
                .andExpect(jsonPath("$.coordinationMeetings.suppressed").value(true))
                .andExpect(jsonPath("$.coordinationMeetings.value").doesNotExist())
                .andExpect(jsonPath("$.consultations.value").value(0))
                .andExpect(jsonPath("$.consultations.suppressed").value(false))
                .andExpect(jsonPath("$.narratives[0].text").value("Utbildningar för skolpersonal."));
        // a year without figures
        mvc.perform(as(w.reader(), get("/api/v1/prevention/published/2018"))).andExpect(status().isNotFound());
    }

    @Test
    void theSumOverUnitsIsWhatIsSuppressed() throws Exception {
        var w = fixture.world();
        create(w.coordinator(), 2020, null);                 // meetings 3
        create(w.coordinator(), 2020, w.social());           // meetings 3 → 6 in all
        mvc.perform(as(w.secretary(), get("/api/v1/prevention/published/2020")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coordinationMeetings.value").value(6))
                .andExpect(jsonPath("$.trainings.value").value(12))
                .andExpect(jsonPath("$.narratives.length()").value(2));
    }

    @Test
    void aReporterRecordsAndSeesOnlyTheOwnDepartment() throws Exception {
        var w = fixture.world();
        long own = create(w.reporter(), 2021, w.social());
        long school = create(w.coordinator(), 2021, w.school());
        long whole = create(w.coordinator(), 2021, null);
        mvc.perform(as(w.reporter(), json(post("/api/v1/prevention/entries"), BODY.formatted(2020, "\"departmentId\": " + w.school() + ","))))
                .andExpect(status().isForbidden());
        mvc.perform(as(w.reporter(), json(post("/api/v1/prevention/entries"), BODY.formatted(2020, ""))))
                .andExpect(status().isForbidden());
        mvc.perform(as(w.reporter(), get("/api/v1/prevention/entries")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(own));
        mvc.perform(as(w.reporter(), get("/api/v1/prevention/entries/{id}", school))).andExpect(status().isNotFound());
        mvc.perform(as(w.reporter(), get("/api/v1/prevention/entries/{id}", whole))).andExpect(status().isNotFound());
        mvc.perform(as(w.coordinator(), get("/api/v1/prevention/entries?year=2021")))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].id").value(whole));
    }

    @Test
    void anotherMunicipalitysEntryIsNotFound() throws Exception {
        var w = fixture.world();
        var other = fixture.world();
        long id = create(w.coordinator(), 2021, null);
        mvc.perform(as(other.coordinator(), get("/api/v1/prevention/entries/{id}", id))).andExpect(status().isNotFound());
        mvc.perform(as(other.coordinator(), json(put("/api/v1/prevention/entries/{id}", id), BODY.formatted(2021, "")).header("If-Match", "0")))
                .andExpect(status().isNotFound());
        mvc.perform(as(other.reader(), get("/api/v1/prevention/published/2021"))).andExpect(status().isNotFound());
    }

    @Test
    void refusalsAre400WithTheFieldAndNothingIsSaved() throws Exception {
        var w = fixture.world();
        // a personal identity number in the narrative
        String withNumber = BODY.formatted(2021, "").replace("Utbildningar för skolpersonal.", "Oro gällde 811218-9876.");
        var r = body(mvc.perform(as(w.coordinator(), json(post("/api/v1/prevention/entries"), withNumber)))
                .andExpect(status().isBadRequest()));
        assertThat(r.get("errors").get("narrative").asString()).contains("personnummer");
        // a negative count
        mvc.perform(as(w.coordinator(), json(post("/api/v1/prevention/entries"), BODY.formatted(2021, "").replace("\"consultations\": 0", "\"consultations\": -1"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.consultations").exists());
        // a year that has not begun, and one long gone
        mvc.perform(as(w.coordinator(), json(post("/api/v1/prevention/entries"), BODY.formatted(9999, ""))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.year").exists());
        mvc.perform(as(w.coordinator(), json(post("/api/v1/prevention/entries"), BODY.formatted(1999, ""))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.year").exists());
        // participants without trainings
        mvc.perform(as(w.coordinator(), json(post("/api/v1/prevention/entries"), BODY.formatted(2021, "").replace("\"trainings\": 6", "\"trainings\": 0"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.trainingParticipants").exists());
        mvc.perform(as(w.coordinator(), get("/api/v1/prevention/entries"))).andExpect(jsonPath("$.items.length()").value(0));

        // the same unit and year twice
        long id = create(w.coordinator(), 2021, null);
        mvc.perform(as(w.coordinator(), json(post("/api/v1/prevention/entries"), BODY.formatted(2021, ""))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.year").exists());
        // the year is the entry's key
        mvc.perform(as(w.coordinator(), json(put("/api/v1/prevention/entries/{id}", id), BODY.formatted(2020, "")).header("If-Match", "0")))
                .andExpect(status().isBadRequest());
        // an update without a version
        mvc.perform(as(w.coordinator(), json(put("/api/v1/prevention/entries/{id}", id), BODY.formatted(2021, ""))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.version").exists());
    }
}
