package se.tryggve.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AssessmentApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired AssessmentDirectory directory;
    @Autowired Assessments assessments;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    record World(long m, String coordinator, String admin, String reader, String reporter, String secretary) {
    }

    @Autowired se.tryggve.organisation.Departments departments;

    World world() {
        long m = data.newMunicipality("Lägesby").id();
        var dep = new se.tryggve.organisation.DepartmentInput();
        dep.setName("Socialförvaltningen");
        dep.setShortName("SOC");
        dep.setActive(true);
        long depId = departments.createDepartment(m, dep).id();
        return new World(m, data.newUser(m, null, Role.SECURITY_COORDINATOR), data.newUser(m, null, Role.ADMINISTRATOR),
                data.newUser(m, null, Role.READER), data.newUser(m, depId, Role.DEPARTMENT_REPORTER), data.newUser(m, null, Role.SECRETARY));
    }

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B r) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder r, String body) {
        return r.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long create(World w) throws Exception {
        return body(mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments"),
                "{\"title\": \"Lägesbild 2024–2025\", \"periodFrom\": \"2024-01-01\", \"periodTo\": \"2025-12-31\"}")))
                .andExpect(status().isCreated()).andExpect(header().exists("ETag"))).get("id").asLong();
    }

    @Test
    void aCoordinatorWritesTheWholeLagesbildAndANewVersionCopiesIt() throws Exception {
        World w = world();
        long id = create(w);
        mvc.perform(as(w.coordinator(), json(put("/api/v1/assessments/{id}/sections/MAPPING", id), "{\"text\": \"Klotter ökar.\"}")))
                .andExpect(status().isOk());
        mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/information", id),
                "{\"kind\": \"SAFETY_WALK\", \"title\": \"Trygghetsvandring\", \"description\": \"Mörk tunnel\"}"))).andExpect(status().isCreated());
        long p2 = body(mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/problems", id),
                "{\"priority\": 2, \"title\": \"Samlingar i centrum\"}"))).andExpect(status().isCreated())).get("id").asLong();
        long p1 = body(mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/problems", id),
                "{\"priority\": 1, \"title\": \"Klotter vid stationen\", \"place\": \"Stationen\"}"))).andExpect(status().isCreated())).get("id").asLong();
        for (String p : new String[] {"OFFENDER", "PLACE", "VICTIM"}) {
            mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/problems/{p}/causes", id, p1),
                    "{\"perspective\": \"" + p + "\", \"text\": \"Orsak " + p + "\"}"))).andExpect(status().isCreated());
        }
        long cause = body(mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/problems/{p}/causes", id, p2),
                "{\"perspective\": \"PLACE\", \"text\": \"Fel\"}")))).get("id").asLong();
        mvc.perform(as(w.coordinator(), json(put("/api/v1/assessments/{id}/causes/{c}", id, cause),
                "{\"perspective\": \"VICTIM\", \"text\": \"Ensamma boende\"}"))).andExpect(jsonPath("$.perspective").value("VICTIM"));
        mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/sources", id),
                "{\"kind\": \"USED\", \"title\": \"Händelseregistret\"}"))).andExpect(status().isCreated());
        mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/sources", id),
                "{\"kind\": \"REJECTED\", \"title\": \"Sociala medier\", \"reason\": \"Kan inte verifieras\"}"))).andExpect(status().isCreated());
        mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/reference-figures", id),
                "{\"kpiId\": \"N07403\", \"name\": \"Skadegörelse\", \"year\": 2024, \"valueMunicipality\": 1120.5, \"valueComparison\": 960, \"comparisonLabel\": \"riket\"}")))
                .andExpect(status().isCreated());

        JsonNode d = body(mvc.perform(as(w.reader(), get("/api/v1/assessments/{id}", id))).andExpect(status().isOk()));
        assertThat(d.at("/assessment/status").asString()).isEqualTo("DRAFT");
        assertThat(d.at("/problems/0/title").asString()).isEqualTo("Klotter vid stationen");
        assertThat(d.at("/problems/0/causes").size()).isEqualTo(3);
        assertThat(d.at("/problems/0/causes/0/perspective").asString()).isEqualTo("PLACE");
        assertThat(d.at("/sources").size()).isEqualTo(2);
        assertThat(d.at("/sections/0/text").asString()).isEqualTo("Klotter ökar.");
        assertThat(directory.problems(w.m(), id)).extracting(ProblemRef::priority).containsExactly(1, 2);

        // a draft is not versioned; an adopted one is, and the copy carries everything
        mvc.perform(as(w.coordinator(), post("/api/v1/assessments/{id}/versions", id))).andExpect(status().isBadRequest());
        long version = d.at("/assessment/version").asLong();
        mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/adoption", id),
                "{\"adoptedOn\": \"2026-03-02\", \"reference\": \"KS 2026-03-02 § 45\"}")).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ADOPTED"))
                .andExpect(jsonPath("$.revisionDueOn").value("2028-03-02"));
        mvc.perform(as(w.coordinator(), json(put("/api/v1/assessments/{id}/sections/MAPPING", id), "{\"text\": \"x\"}")))
                .andExpect(status().isBadRequest());
        long v2 = body(mvc.perform(as(w.coordinator(), post("/api/v1/assessments/{id}/versions", id))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.versionNumber").value(2)).andExpect(jsonPath("$.status").value("DRAFT"))).get("id").asLong();
        mvc.perform(as(w.coordinator(), post("/api/v1/assessments/{id}/versions", id))).andExpect(status().isBadRequest());
        JsonNode copy = body(mvc.perform(as(w.coordinator(), get("/api/v1/assessments/{id}", v2))));
        assertThat(copy.at("/problems").size()).isEqualTo(2);
        assertThat(copy.at("/problems/0/causes").size()).isEqualTo(3);
        assertThat(copy.at("/problems/0/id").asLong()).isNotEqualTo(p1);
        assertThat(copy.at("/information").size()).isEqualTo(1);
        assertThat(copy.at("/sources").size()).isEqualTo(2);
        assertThat(copy.at("/referenceFigures/0/valueMunicipality").asDouble()).isEqualTo(1120.5);
        assertThat(copy.at("/sections/0/text").asString()).isEqualTo("Klotter ökar.");
        // the copy is edited on its own; adopting it supersedes the first
        mvc.perform(as(w.coordinator(), delete("/api/v1/assessments/{id}/problems/{p}", v2, copy.at("/problems/1/id").asLong())))
                .andExpect(status().isNoContent());
        assertThat(directory.problems(w.m(), id)).hasSize(2);
        assertThat(directory.problems(w.m(), v2)).hasSize(1);
        mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/adoption", v2),
                "{\"adoptedOn\": \"" + LocalDate.now().minusDays(1) + "\", \"reference\": \"KS § 12\"}"))).andExpect(status().isOk());
        assertThat(directory.assessment(w.m(), id).orElseThrow().status()).isEqualTo(AssessmentStatus.SUPERSEDED);
        assertThat(directory.adoptedLatest(w.m()).orElseThrow().id()).isEqualTo(v2);
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type like 'Assessment%'")
                .param("m", w.m()).query(Long.class).single()).isGreaterThan(15);
    }

    @Test
    void theHeaderIsUpdatedWithItsVersionAndAStaleVersionIsRefused() throws Exception {
        World w = world();
        long id = create(w);
        mvc.perform(as(w.coordinator(), json(put("/api/v1/assessments/{id}", id),
                "{\"title\": \"Ny\", \"periodFrom\": \"2024-01-01\", \"periodTo\": \"2024-12-31\"}"))).andExpect(status().isBadRequest());
        long v = body(mvc.perform(as(w.coordinator(), get("/api/v1/assessments/{id}", id)))).at("/assessment/version").asLong();
        mvc.perform(as(w.coordinator(), json(put("/api/v1/assessments/{id}", id),
                "{\"title\": \"Lägesbild 2024\", \"periodFrom\": \"2024-01-01\", \"periodTo\": \"2024-12-31\"}")).header("If-Match", "\"" + v + "\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Lägesbild 2024"));
        mvc.perform(as(w.coordinator(), json(put("/api/v1/assessments/{id}", id),
                "{\"title\": \"Gammal\", \"periodFrom\": \"2024-01-01\", \"periodTo\": \"2024-12-31\"}")).header("If-Match", "\"" + v + "\""))
                .andExpect(status().is(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(409)).or(org.hamcrest.Matchers.is(412))));
        mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/problems", id), "{\"title\": \"P\"}"))
                .header("If-Match", "\"" + v + "\"")).andExpect(status().is4xxClientError());
        assertThat(directory.problems(w.m(), id)).isEmpty();
    }

    @Test
    void badInputIsRefusedWith400AndNothingIsWritten() throws Exception {
        World w = world();
        String c = w.coordinator();
        mvc.perform(as(c, json(post("/api/v1/assessments"), "{\"title\": \"X\", \"periodFrom\": \"2025-01-01\", \"periodTo\": \"2024-12-31\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.periodTo").exists());
        mvc.perform(as(c, json(post("/api/v1/assessments"), "{\"title\": \"  \", \"periodFrom\": \"2024-01-01\", \"periodTo\": \"2024-12-31\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.title").exists());
        mvc.perform(as(c, json(post("/api/v1/assessments"), "{\"title\": \"X\", \"periodFrom\": \"2024-13-01\", \"periodTo\": \"2024-12-31\"}")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(c, json(post("/api/v1/assessments"), "{\"title\": \"" + "x".repeat(301) + "\", \"periodFrom\": \"2024-01-01\", \"periodTo\": \"2024-12-31\"}")))
                .andExpect(status().isBadRequest());
        assertThat(assessments.listAssessments(w.m())).isEmpty();
        long id = create(w);
        long p = body(mvc.perform(as(c, json(post("/api/v1/assessments/{id}/problems", id), "{\"title\": \"P\"}")))).get("id").asLong();
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/problems/{p}/causes", id, p), "{\"perspective\": \"NEIGHBOUR\", \"text\": \"x\"}")))
                .andExpect(status().isBadRequest()).andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/problems/{p}/causes", id, p), "{\"text\": \"x\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.perspective").exists());
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/problems/{p}/causes", id, p), "{\"perspective\": \"PLACE\", \"text\": \"\"}")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/problems", id), "{\"title\": \"P\", \"priority\": 0}"))).andExpect(status().isBadRequest());
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/problems", id), "{\"title\": \"P\", \"districtIds\": [999999]}"))).andExpect(status().isBadRequest());
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/sources", id), "{\"kind\": \"REJECTED\", \"title\": \"Sociala medier\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/reference-figures", id), "{\"kpiId\": \"N1\", \"name\": \"n\", \"year\": 1800, \"valueMunicipality\": 1}")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/adoption", id), "{\"adoptedOn\": \"2999-01-01\", \"reference\": \"KS § 1\"}")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(c, json(put("/api/v1/assessments/{id}/sections/NOPE", id), "{\"text\": \"x\"}"))).andExpect(status().isBadRequest());
        mvc.perform(as(c, json(post("/api/v1/assessments/{id}/decision", id), "{}")).header("If-Match", "\"0\""))
                .andExpect(status().is4xxClientError());
        AssessmentDetails d = assessments.details(w.m(), id);
        assertThat(d.problems()).singleElement().satisfies(pr -> assertThat(pr.causes()).isEmpty());
        assertThat(d.sources()).isEmpty();
        assertThat(d.referenceFigures()).isEmpty();
        assertThat(d.assessment().status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void anotherMunicipalitysLagesbildIsNotFoundAndRolesAreChecked() throws Exception {
        World w = world();
        World other = world();
        long id = create(w);
        long p = body(mvc.perform(as(w.coordinator(), json(post("/api/v1/assessments/{id}/problems", id), "{\"title\": \"P\"}")))).get("id").asLong();
        mvc.perform(as(other.coordinator(), get("/api/v1/assessments/{id}", id))).andExpect(status().isNotFound());
        mvc.perform(as(other.coordinator(), get("/api/v1/assessments/{id}/pdf", id))).andExpect(status().isNotFound());
        mvc.perform(as(other.coordinator(), json(post("/api/v1/assessments/{id}/problems", id), "{\"title\": \"P\"}"))).andExpect(status().isNotFound());
        mvc.perform(as(other.coordinator(), json(put("/api/v1/assessments/{id}/problems/{p}", id, p), "{\"title\": \"Q\"}"))).andExpect(status().isNotFound());
        mvc.perform(as(other.coordinator(), delete("/api/v1/assessments/{id}/problems/{p}", id, p))).andExpect(status().isNotFound());
        long otherId = create(other);
        // a problem of this municipality reached through another's lägesbild id is not found either
        mvc.perform(as(other.coordinator(), delete("/api/v1/assessments/{id}/problems/{p}", otherId, p))).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(as(other.reader(), get("/api/v1/assessments")))).size()).isEqualTo(1);

        mvc.perform(as(w.reader(), get("/api/v1/assessments/{id}", id))).andExpect(status().isOk());
        mvc.perform(as(w.reader(), json(post("/api/v1/assessments/{id}/problems", id), "{\"title\": \"P\"}"))).andExpect(status().isForbidden());
        mvc.perform(as(w.admin(), json(post("/api/v1/assessments/{id}/problems", id), "{\"title\": \"Admin\"}"))).andExpect(status().isCreated());
        for (String nobody : new String[] {w.reporter(), w.secretary()}) {
            mvc.perform(as(nobody, get("/api/v1/assessments"))).andExpect(status().isForbidden());
            mvc.perform(as(nobody, get("/api/v1/assessments/{id}", id))).andExpect(status().isForbidden());
            mvc.perform(as(nobody, json(post("/api/v1/assessments"), "{\"title\": \"X\", \"periodFrom\": \"2024-01-01\", \"periodTo\": \"2024-12-31\"}")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/assessments")).andExpect(status().isUnauthorized());
    }
}
