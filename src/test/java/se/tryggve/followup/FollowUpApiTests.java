package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class FollowUpApiTests {

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

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, String user) {
        return b.with(httpBasic(user, TestData.PASSWORD));
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String user, String body) {
        return as(b, user).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    FollowUp open() {
        return followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
    }

    DepartmentPart partOf(FollowUp f, long department) {
        return followUps.parts(w.m, f.id()).stream().filter(p -> p.departmentId() == department).findFirst().orElseThrow();
    }

    @Test
    void coordinatorOpensListsAndReads() throws Exception {
        mvc.perform(json(post("/api/v1/follow-ups"), w.coordinator,
                        "{\"documentId\":" + w.programme.id() + ",\"year\":2021,\"deadline\":\"2022-02-01\",\"noteOnYear\":\"Pandemin\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.year").value(2021))
                .andExpect(jsonPath("$.status").value("OPEN"));
        FollowUp f = followUps.listFollowUps(w.m).get(0);
        mvc.perform(as(get("/api/v1/follow-ups?page=0&size=10"), w.reader)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1))).andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(as(get("/api/v1/follow-ups/" + f.id()), w.reader)).andExpect(status().isOk())
                .andExpect(jsonPath("$.parts", hasSize(2))).andExpect(jsonPath("$.followUp.noteOnYear").value("Pandemin"));
        // a reporter sees only its own department's part
        mvc.perform(as(get("/api/v1/follow-ups/" + f.id()), w.reporterA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.parts", hasSize(1))).andExpect(jsonPath("$.parts[0].departmentId").value(w.depA));
        mvc.perform(json(post("/api/v1/follow-ups"), w.reporterA,
                "{\"documentId\":" + w.programme.id() + ",\"year\":2020,\"deadline\":\"2021-02-01\"}")).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsA400Problem() throws Exception {
        mvc.perform(json(post("/api/v1/follow-ups"), w.coordinator,
                        "{\"documentId\":" + w.programme.id() + ",\"year\":2030,\"deadline\":\"2031-02-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(json(post("/api/v1/follow-ups"), w.coordinator, "{\"year\":2020}")).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/follow-ups"), w.coordinator, "{nej")).andExpect(status().isBadRequest());
        FollowUp f = open();
        DepartmentPart b = partOf(f, w.depB);
        mvc.perform(json(put("/api/v1/follow-ups/" + f.id() + "/parts/" + b.id()), w.coordinator,
                        "{\"version\":" + b.version() + ",\"goals\":[{\"goalId\":" + w.g2.id() + ",\"judgement\":\"GREEN\"}]}"))
                .andExpect(status().isBadRequest());
        assertThat(followUps.part(w.m, f.id(), b.id()).version()).isEqualTo(b.version());
    }

    @Test
    void reporterEditsAndSubmitsOnlyItsOwnPartAndStaleVersionsAreRefused() throws Exception {
        FollowUp f = open();
        DepartmentPart a = partOf(f, w.depA);
        DepartmentPart b = partOf(f, w.depB);
        String base = "/api/v1/follow-ups/" + f.id() + "/parts/";
        String body = "{\"goals\":[{\"goalId\":" + w.g1.id() + ",\"work\":\"Vandringar\",\"judgement\":\"MET\"},"
                + "{\"goalId\":" + w.g2.id() + ",\"judgement\":\"NOT_MET\"}],"
                + "\"activities\":[{\"activityId\":" + w.x.id() + ",\"status\":\"DONE\",\"whatWasDone\":\"Fyra\"}]}";
        mvc.perform(json(put(base + a.id()), w.reporterA, body).header("If-Match", "\"" + a.version() + "\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (a.version() + 1) + "\""))
                .andExpect(jsonPath("$.goals[0].work").value("Vandringar"));
        mvc.perform(json(put(base + a.id()), w.reporterA, body).header("If-Match", "\"" + a.version() + "\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(json(put(base + a.id()), w.reporterA, body.replace("{\"goals\"", "{\"version\":" + a.version() + ",\"goals\"")))
                .andExpect(status().isConflict());
        mvc.perform(json(put(base + b.id()), w.reporterA, "{\"version\":0}")).andExpect(status().isForbidden());
        mvc.perform(as(get(base + b.id()), w.reporterA)).andExpect(status().isForbidden());
        mvc.perform(as(post(base + b.id() + "/submit"), w.reporterA)).andExpect(status().isForbidden());

        mvc.perform(as(post(base + a.id() + "/submit"), w.reporterA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(as(post(base + a.id() + "/submit"), w.reporterA)).andExpect(status().isBadRequest());
        mvc.perform(as(post(base + a.id() + "/accept"), w.reporterA)).andExpect(status().isForbidden());

        mvc.perform(json(post(base + a.id() + "/return"), w.coordinator, "{\"comment\":\"Mer om mål 2\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(as(post(base + a.id() + "/submit"), w.reporterA)).andExpect(status().isOk());
        mvc.perform(as(post(base + a.id() + "/accept"), w.coordinator)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));

        mvc.perform(json(post("/api/v1/follow-ups/" + f.id() + "/approve"), w.coordinator, "{}")).andExpect(status().isBadRequest());
        followUps.writeSummary(w.m, f.id(), f.version(), "Sammanfattning", Judgement.PARTLY_MET, null);
        mvc.perform(json(post("/api/v1/follow-ups/" + f.id() + "/approve"), w.coordinator, "{\"overrideReason\":\"Kultur senare\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.overrideReason").value("Kultur senare"));
        mvc.perform(as(post(base + b.id() + "/submit"), w.coordinator)).andExpect(status().isBadRequest());
    }

    @Test
    void anotherMunicipalitysIdsAreNotFound() throws Exception {
        FollowUp f = open();
        DepartmentPart a = partOf(f, w.depA);
        FollowUpFixture.World other = fixture.newWorld();
        mvc.perform(as(get("/api/v1/follow-ups/" + f.id()), other.coordinator)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/follow-ups/" + f.id() + "/parts/" + a.id()), other.coordinator)).andExpect(status().isNotFound());
        mvc.perform(as(post("/api/v1/follow-ups/" + f.id() + "/parts/" + a.id() + "/accept"), other.coordinator))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/follow-ups/" + f.id() + "/approve"), other.coordinator, "{}")).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/follow-ups"), other.coordinator,
                "{\"documentId\":" + w.programme.id() + ",\"year\":2020,\"deadline\":\"2021-02-01\"}")).andExpect(status().isNotFound());
    }
}
