package se.tryggve.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.tryggve.audit.AuditLog;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, GovernanceFixture.class})
class GovernanceApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceFixture fixture;
    @Autowired
    GovernanceQueries queries;
    @Autowired
    AuditLog audit;

    GovernanceFixture.World w;
    GoverningDocument doc;
    Area area;
    Goal goal;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
        doc = w.programme("Program A");
        area = w.area(doc.id(), "Ett");
        goal = w.goal(doc.id(), area.id(), null, "Mål", w.depA);
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, String user) {
        return b.with(httpBasic(user, TestData.PASSWORD));
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String user, String body) {
        return as(b, user).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void listsAndReadsDocumentsWithEverythingInThem() throws Exception {
        w.activity(doc.id(), "Aktivitet", ActivityStatus.PLANNED, w.depA, goal.id());
        w.indicator(doc.id(), goal.id(), Map.of(2021, new BigDecimal("9500")));
        mvc.perform(as(get("/api/v1/governing-documents?page=0&size=10"), w.reader)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1))).andExpect(jsonPath("$.items[0].title").value("Program A"))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(as(get("/api/v1/governing-documents/" + doc.id()), w.reader)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.document.period.from").value("2018-01-01"))
                .andExpect(jsonPath("$.areas[0].title").value("Ett"))
                .andExpect(jsonPath("$.goals[0].title").value("Mål"))
                .andExpect(jsonPath("$.indicators[0].koladaKpi").value("N07540"))
                .andExpect(jsonPath("$.activities[0].title").value("Aktivitet"));
    }

    @Test
    void createsDocumentsAreasGoalsIndicatorsAndCopies() throws Exception {
        String location = mvc.perform(json(post("/api/v1/governing-documents"), w.coordinator, """
                        {"kind":"GUIDELINE","title":"Riktlinje","validFrom":"2020-01-01","validTo":"2023-12-31",
                         "perspectives":["CHILD_RIGHTS"]}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String areaJson = mvc.perform(json(post("/api/v1/governing-documents/" + id + "/areas"), w.coordinator,
                        "{\"title\":\"Sanering\",\"subGoal\":\"att ta bort klotter\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ordinal").value(1))
                .andReturn().getResponse().getContentAsString();
        long areaId = Long.parseLong(areaJson.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(json(post("/api/v1/governing-documents/" + id + "/goals"), w.coordinator,
                        "{\"areaId\":" + areaId + ",\"title\":\"48 timmar\",\"ownerDepartmentIds\":[" + w.depA + "]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ownerDepartmentIds[0]").value(w.depA));
        mvc.perform(json(post("/api/v1/governing-documents/" + id + "/indicators"), w.coordinator, """
                        {"name":"Anmälda brott","unit":"antal","direction":"LOWER_IS_BETTER","source":"KOLADA",
                         "koladaKpi":"N07540","baselineYear":2017,"baselineValue":10500,"targets":{"2021":9500}}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.targets['2021']").value(9500));
        mvc.perform(json(post("/api/v1/governing-documents/" + id + "/indicators"), w.coordinator, """
                        {"name":"X","unit":"st","direction":"LOWER_IS_BETTER","source":"KOLADA","koladaKpi":"X1"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.koladaKpi").exists());
        mvc.perform(json(post("/api/v1/governing-documents/" + id + "/copy"), w.coordinator,
                        "{\"title\":\"Riktlinje 2024\",\"validFrom\":\"2024-01-01\",\"validTo\":\"2027-12-31\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.copiedFrom").value(id));
        mvc.perform(json(post("/api/v1/governing-documents/" + id + "/copy"), w.coordinator,
                        "{\"title\":\"Baklänges\",\"validFrom\":\"2024-01-01\",\"validTo\":\"2023-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.validTo").value("Perioden kan inte sluta innan den börjar"));
    }

    @Test
    void badInputIs400WithFieldErrorsAndNothingIsSaved() throws Exception {
        int before = queries.listDocuments(w.m).size();
        mvc.perform(json(post("/api/v1/governing-documents"), w.admin, "{\"kind\":\"PROGRAMME\",\"validFrom\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.title").exists());
        mvc.perform(json(post("/api/v1/governing-documents"), w.admin,
                        "{\"kind\":\"PROGRAMME\",\"title\":\"" + "x".repeat(301) + "\",\"validFrom\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.title").exists());
        mvc.perform(json(post("/api/v1/governing-documents"), w.admin,
                        "{\"kind\":\"PROGRAMME\",\"title\":\"P\",\"validFrom\":\"2021-01-01\",\"validTo\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.validTo").value("Perioden kan inte sluta innan den börjar"));
        mvc.perform(json(post("/api/v1/governing-documents"), w.admin, "{\"kind\":\"PROGRAMME\",\"title\":"))
                .andExpect(status().isBadRequest()).andExpect(header().string("Content-Type", containsString("problem+json")));
        mvc.perform(as(post("/api/v1/governing-documents"), w.admin).contentType(MediaType.TEXT_PLAIN).content("hej"))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(queries.listDocuments(w.m)).hasSize(before);
    }

    @Test
    void unknownAndForeignIdsAre404() throws Exception {
        GovernanceFixture.World other = fixture.newWorld();
        String stranger = other.admin;
        mvc.perform(as(get("/api/v1/governing-documents/" + doc.id()), stranger)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/governing-documents/999999"), w.admin)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/goals/" + goal.id()), stranger)).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/goals/" + goal.id()), stranger,
                "{\"areaId\":" + area.id() + ",\"title\":\"X\",\"ownerDepartmentIds\":[" + other.depA + "],\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/governing-documents/" + doc.id() + "/areas"), stranger, "{\"title\":\"X\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/activities"), stranger, "{\"documentId\":" + doc.id() + ",\"title\":\"X\",\"goalIds\":["
                + goal.id() + "],\"responsibleDepartmentId\":" + other.depA + ",\"startYear\":2020,\"status\":\"PLANNED\"}"))
                .andExpect(status().isNotFound());
        // a department of another municipality is refused as input
        mvc.perform(json(post("/api/v1/governing-documents/" + doc.id() + "/goals"), w.admin,
                        "{\"areaId\":" + area.id() + ",\"title\":\"X\",\"ownerDepartmentIds\":[" + other.depA + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.ownerDepartmentIds").exists());
    }

    @Test
    void staleVersionIs409Or412AndTheNewerChangeIsKept() throws Exception {
        mvc.perform(json(put("/api/v1/governing-documents/" + doc.id()), w.admin,
                        "{\"kind\":\"PROGRAMME\",\"title\":\"Ny titel\",\"validFrom\":\"2018-01-01\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1)).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put("/api/v1/governing-documents/" + doc.id()), w.admin,
                        "{\"kind\":\"PROGRAMME\",\"title\":\"Gammal\",\"validFrom\":\"2018-01-01\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/governing-documents/" + doc.id()), w.admin,
                        "{\"kind\":\"PROGRAMME\",\"title\":\"Gammal\",\"validFrom\":\"2018-01-01\"}").header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(json(put("/api/v1/governing-documents/" + doc.id()), w.admin,
                        "{\"kind\":\"PROGRAMME\",\"title\":\"Utan version\",\"validFrom\":\"2018-01-01\"}"))
                .andExpect(status().isBadRequest());
        assertThat(queries.document(w.m, doc.id()).title()).isEqualTo("Ny titel");
        mvc.perform(json(put("/api/v1/goals/" + goal.id()), w.admin,
                        "{\"areaId\":" + area.id() + ",\"title\":\"Nytt mål\",\"ownerDepartmentIds\":[" + w.depB + "]}")
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Nytt mål"));
        mvc.perform(json(put("/api/v1/goals/" + goal.id()), w.admin,
                        "{\"areaId\":" + area.id() + ",\"title\":\"Gammalt\",\"ownerDepartmentIds\":[" + w.depB + "]}")
                        .header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        assertThat(queries.goal(w.m, goal.id()).title()).isEqualTo("Nytt mål");
    }

    @Test
    void activitiesThroughTheApiWithFiltersAndReporterLimits() throws Exception {
        String body = "{\"documentId\":" + doc.id() + ",\"title\":\"Trygghetsvandring\",\"goalIds\":[" + goal.id()
                + "],\"responsibleDepartmentId\":" + w.depA + ",\"startYear\":2019,\"endYear\":2021,\"status\":\"PLANNED\",\"costEstimate\":5000}";
        String created = mvc.perform(json(post("/api/v1/activities"), w.reporterA, body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(json(post("/api/v1/activities"), w.reporterA, body.replace("\"responsibleDepartmentId\":" + w.depA,
                "\"responsibleDepartmentId\":" + w.depB))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/activities"), w.reader, body)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/activities"), w.admin, body.replace("\"startYear\":2019", "\"startYear\":2022")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.endYear").value("Perioden kan inte sluta innan den börjar"));
        mvc.perform(json(post("/api/v1/activities"), w.admin, body.replace("\"goalIds\":[" + goal.id() + "]", "\"goalIds\":[]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.goalIds").exists());
        mvc.perform(json(post("/api/v1/activities"), w.admin, body.replace("5000", "-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.costEstimate").exists());

        mvc.perform(json(put("/api/v1/activities/" + id), w.reporterA,
                        body.replace("PLANNED", "ONGOING").replace("}", ",\"version\":0}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ONGOING"));
        mvc.perform(as(get("/api/v1/activities?documentId=" + doc.id() + "&status=ONGOING&departmentId=" + w.depA
                        + "&goalId=" + goal.id()), w.reader))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(as(get("/api/v1/activities?status=DONE"), w.reader)).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(as(get("/api/v1/activities/" + id), w.reader)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));

        // another department's reporter may read but not edit
        String reporterB = fixture.testData.newUser(w.m, w.depB, se.tryggve.security.Role.DEPARTMENT_REPORTER);
        mvc.perform(as(get("/api/v1/activities/" + id), reporterB)).andExpect(status().isOk());
        mvc.perform(json(put("/api/v1/activities/" + id), reporterB,
                        body.replace("PLANNED", "DONE").replace("}", ",\"version\":1}")))
                .andExpect(status().isForbidden());
        assertThat(queries.activity(w.m, id).status()).isEqualTo(ActivityStatus.ONGOING);
        var entries = audit.search(w.m, new AuditLog.Filter(w.reporterA, "Activity", String.valueOf(id), "updated", null, null), 0, 5);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).changes().get("status")).containsEntry("before", "PLANNED").containsEntry("after", "ONGOING");
    }

    @Test
    void readersMayNotChangeDocuments() throws Exception {
        mvc.perform(json(post("/api/v1/governing-documents"), w.reader,
                "{\"kind\":\"PROGRAMME\",\"title\":\"P\",\"validFrom\":\"2020-01-01\"}")).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/governing-documents/" + doc.id() + "/areas"), w.reporterA, "{\"title\":\"X\"}"))
                .andExpect(status().isForbidden());
    }
}
