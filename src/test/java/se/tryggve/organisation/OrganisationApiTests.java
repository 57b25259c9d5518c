package se.tryggve.organisation;

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

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
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
import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OrganisationApiTests {

    static final String ADMIN_PASSWORD = "test-admin-password-1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    Municipalities municipalities;
    @Autowired
    Memberships memberships;
    @Autowired
    AuditLog audit;

    long huddinge;
    String secretary;

    @BeforeEach
    void setUp() {
        huddinge = municipalities.findByCode("0126").orElseThrow().id();
        secretary = testData.newUser(huddinge, null, Role.SECRETARY);
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder r) {
        return r.with(httpBasic("admin", ADMIN_PASSWORD));
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder r) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder r, String body) {
        return r.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private long createBody(String user, String name, String type, Long parentId) throws Exception {
        String parent = parentId == null ? "null" : parentId.toString();
        return body(mvc.perform(as(user, json(post("/api/v1/bodies"),
                "{\"name\":\"" + name + "\",\"shortName\":\"X\",\"type\":\"" + type + "\",\"parentId\":" + parent + "}")))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    private long createPerson(String first, String last) throws Exception {
        return body(mvc.perform(as(secretary, json(post("/api/v1/people"),
                "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\"}"))).andExpect(status().isCreated()))
                .get("id").asLong();
    }

    private long createParty(String abbreviation) throws Exception {
        return body(mvc.perform(as(secretary, json(post("/api/v1/parties"),
                "{\"abbreviation\":\"" + abbreviation + "\",\"name\":\"Partiet " + abbreviation + "\"}")))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    private ResultActions postMembership(long person, long body, String role, Long party, String from, String to)
            throws Exception {
        String json = "{\"personId\":" + person + ",\"bodyId\":" + body + ",\"role\":\"" + role + "\",\"partyId\":"
                + party + ",\"validFrom\":\"" + from + "\",\"validTo\":" + (to == null ? "null" : "\"" + to + "\"") + "}";
        return mvc.perform(as(secretary, json(post("/api/v1/memberships"), json)));
    }

    @Test
    void departmentCrudByAdministratorWithAudit() throws Exception {
        String name = unique("Förvaltning");
        ResultActions created = mvc.perform(asAdmin(json(post("/api/v1/departments"),
                "{\"name\":\"" + name + "\",\"shortName\":\"TF\"}")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/departments/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.active").value(true));
        long id = body(created).get("id").asLong();

        mvc.perform(asAdmin(get("/api/v1/departments/" + id))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(asAdmin(json(put("/api/v1/departments/" + id),
                "{\"name\":\"" + name + " 2\",\"shortName\":\"TF\",\"active\":false,\"version\":0}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.active").value(false));

        var entries = audit.search(huddinge, new AuditLog.Filter(null, "Department", String.valueOf(id), null, null, null), 0, 10);
        assertThat(entries).extracting(AuditLog.Entry::action).containsExactlyInAnyOrder("created", "updated");
        var update = entries.stream().filter(e -> e.action().equals("updated")).findFirst().orElseThrow();
        assertThat(update.changes()).containsKeys("name", "active").doesNotContainKey("shortName");
        assertThat(update.changes().get("name")).containsEntry("before", name).containsEntry("after", name + " 2");

        // the department directory other modules use sees it too
        mvc.perform(asAdmin(get("/api/v1/departments?size=200"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].name").value(name + " 2"));
    }

    @Test
    void secretaryMayNotManageDepartmentsOrSettings() throws Exception {
        mvc.perform(as(secretary, json(post("/api/v1/departments"), "{\"name\":\"Nej\"}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void bodiesWithParentAndRules() throws Exception {
        long ks = createBody(secretary, unique("Styrelsen"), "BOARD", null);
        long tdb = createBody(secretary, unique("Beredningen"), "PREPARATORY_COMMITTEE", ks);
        mvc.perform(as(secretary, get("/api/v1/bodies/" + tdb))).andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(ks))
                .andExpect(jsonPath("$.type").value("PREPARATORY_COMMITTEE"));

        // not its own parent, no cycles
        mvc.perform(as(secretary, json(put("/api/v1/bodies/" + ks),
                "{\"name\":\"KS x\",\"type\":\"BOARD\",\"parentId\":" + ks + ",\"version\":0}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.parentId").exists());
        mvc.perform(as(secretary, json(put("/api/v1/bodies/" + ks),
                "{\"name\":\"KS x\",\"type\":\"BOARD\",\"parentId\":" + tdb + ",\"version\":0}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.parentId").exists());

        // a parent of another municipality is unknown here
        long other = testData.newMunicipality("Annan kommun").id();
        String otherAdmin = testData.newUser(other, null, Role.ADMINISTRATOR);
        long foreign = createBody(otherAdmin, unique("Främmande"), "BOARD", null);
        mvc.perform(as(secretary, json(post("/api/v1/bodies"),
                "{\"name\":\"" + unique("B") + "\",\"type\":\"COMMITTEE\",\"parentId\":" + foreign + "}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.parentId").exists());
        mvc.perform(as(secretary, get("/api/v1/bodies/" + foreign))).andExpect(status().isNotFound());
        mvc.perform(as(otherAdmin, get("/api/v1/bodies/" + ks))).andExpect(status().isNotFound());
        mvc.perform(as(otherAdmin, json(put("/api/v1/bodies/" + ks),
                "{\"name\":\"Kapad\",\"type\":\"BOARD\",\"version\":0}"))).andExpect(status().isNotFound());

        assertThat(audit.count(huddinge, new AuditLog.Filter(null, "Body", String.valueOf(tdb), "created", null, null)))
                .isEqualTo(1);
    }

    @Test
    void badInputIsAProblem() throws Exception {
        mvc.perform(as(secretary, json(post("/api/v1/bodies"), "{\"type\":\"BOARD\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors.name").value("Fältet måste fyllas i"));
        mvc.perform(as(secretary, json(post("/api/v1/parties"),
                "{\"abbreviation\":\"" + "X".repeat(21) + "\",\"name\":\"" + "n".repeat(201) + "\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.abbreviation").exists())
                .andExpect(jsonPath("$.errors.name").exists());
        mvc.perform(as(secretary, json(post("/api/v1/people"), "{\"firstName\":\"A\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(secretary, post("/api/v1/people").contentType(MediaType.TEXT_PLAIN).content("Anna")))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(as(secretary, json(post("/api/v1/bodies"), "{\"name\":\"N\",\"type\":\"PARLIAMENT\"}")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(secretary, get("/api/v1/people/999999999"))).andExpect(status().isNotFound());
        mvc.perform(as(secretary, get("/api/v1/memberships/999999999"))).andExpect(status().isNotFound());
        mvc.perform(as(secretary, get("/api/v1/parties/999999999"))).andExpect(status().isNotFound());
        mvc.perform(as(secretary, get("/api/v1/departments/999999999"))).andExpect(status().isNotFound());
    }

    @Test
    void partiesAreUniquePerMunicipalityAndPaged() throws Exception {
        String abbreviation = "P" + Long.toString(System.nanoTime() % 100000, 36);
        long id = createParty(abbreviation);
        mvc.perform(as(secretary, json(post("/api/v1/parties"),
                "{\"abbreviation\":\"" + abbreviation + "\",\"name\":\"Dubblett\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.abbreviation").exists());
        // another municipality may use the same abbreviation
        long other = testData.newMunicipality("Grannkommun").id();
        String otherAdmin = testData.newUser(other, null, Role.ADMINISTRATOR);
        mvc.perform(as(otherAdmin, json(post("/api/v1/parties"),
                "{\"abbreviation\":\"" + abbreviation + "\",\"name\":\"Samma\"}"))).andExpect(status().isCreated());

        createParty(abbreviation + "b");
        createParty(abbreviation + "c");
        mvc.perform(as(secretary, get("/api/v1/parties?page=0&size=2"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.page").value(0));
        JsonNode all = body(mvc.perform(as(secretary, get("/api/v1/parties?size=200"))));
        assertThat(all.get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode lastPage = body(mvc.perform(as(secretary, get("/api/v1/parties?size=2&page=" + (all.get("totalItems").asLong() - 1) / 2))));
        assertThat(lastPage.get("items").size()).isBetween(1, 2);
        mvc.perform(as(otherAdmin, get("/api/v1/parties/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void staleVersionsAreRefusedAndNothingIsLost() throws Exception {
        long id = createPerson("Stina", "Stale");
        mvc.perform(as(secretary, json(put("/api/v1/people/" + id),
                "{\"firstName\":\"Stina\",\"lastName\":\"Först\",\"version\":0}"))).andExpect(status().isOk());
        mvc.perform(as(secretary, json(put("/api/v1/people/" + id),
                "{\"firstName\":\"Stina\",\"lastName\":\"Sen\",\"version\":0}")))
                .andExpect(status().isConflict());
        mvc.perform(as(secretary, json(put("/api/v1/people/" + id),
                "{\"firstName\":\"Stina\",\"lastName\":\"Sen\"}").header("If-Match", "\"0\"")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(secretary, json(put("/api/v1/people/" + id),
                "{\"firstName\":\"Stina\",\"lastName\":\"Sen\"}"))).andExpect(status().isBadRequest());
        mvc.perform(as(secretary, get("/api/v1/people/" + id))).andExpect(jsonPath("$.lastName").value("Först"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(secretary, json(put("/api/v1/people/" + id),
                "{\"firstName\":\"Stina\",\"lastName\":\"Sen\",\"email\":\"stina@example.org\"}").header("If-Match", "\"1\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lastName").value("Sen"))
                .andExpect(jsonPath("$.email").value("stina@example.org"));
    }

    @Test
    void readersAndReportersMayReadButNotWrite() throws Exception {
        String reader = testData.newUser(huddinge, null, Role.READER);
        long department = body(mvc.perform(asAdmin(json(post("/api/v1/departments"),
                "{\"name\":\"" + unique("Rapportörförvaltning") + "\"}")))).get("id").asLong();
        String reporter = testData.newUser(huddinge, department, Role.DEPARTMENT_REPORTER);
        for (String user : new String[] {reader, reporter}) {
            mvc.perform(as(user, get("/api/v1/bodies"))).andExpect(status().isOk());
            mvc.perform(as(user, get("/api/v1/people"))).andExpect(status().isOk());
            mvc.perform(as(user, json(post("/api/v1/bodies"), "{\"name\":\"Nej\",\"type\":\"BOARD\"}")))
                    .andExpect(status().isForbidden());
            mvc.perform(as(user, json(post("/api/v1/parties"), "{\"abbreviation\":\"N\",\"name\":\"Nej\"}")))
                    .andExpect(status().isForbidden());
            mvc.perform(as(user, json(post("/api/v1/people"), "{\"firstName\":\"N\",\"lastName\":\"Nej\"}")))
                    .andExpect(status().isForbidden());
            mvc.perform(as(user, json(post("/api/v1/departments"), "{\"name\":\"Nej\"}")))
                    .andExpect(status().isForbidden());
            mvc.perform(as(user, json(post("/api/v1/memberships"), "{\"personId\":1,\"bodyId\":1,\"role\":\"MEMBER\",\"validFrom\":\"2020-01-01\"}")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void memberRegisterRefusesContradictionsAndAnswersByDate() throws Exception {
        long body = createBody(secretary, unique("Nämnd"), "COMMITTEE", null);
        long anna = createPerson("Anna", "Andersson");
        long bo = createPerson("Bo", "Berg");
        long cecilia = createPerson("Cecilia", "Ceder");
        long s = createParty("S" + Long.toString(System.nanoTime() % 100000, 36));
        long mp = createParty("MP" + Long.toString(System.nanoTime() % 100000, 36));

        long annaSeat = body(postMembership(anna, body, "CHAIR", s, "2019-01-01", "2022-12-31")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/memberships/")))
                .andExpect(jsonPath("$.personName").value("Anna Andersson"))).get("id").asLong();
        // the same person twice in overlapping periods
        postMembership(anna, body, "MEMBER", s, "2022-06-01", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.personId").exists());
        // two chairs at once
        postMembership(bo, body, "CHAIR", mp, "2022-01-01", "2023-12-31")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.role").exists());
        // ends before it starts
        postMembership(bo, body, "MEMBER", mp, "2022-01-01", "2021-12-31")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.validTo").exists());
        // missing start
        mvc.perform(as(secretary, json(post("/api/v1/memberships"),
                "{\"personId\":" + bo + ",\"bodyId\":" + body + ",\"role\":\"MEMBER\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.validFrom").exists());
        // after Anna's period, Bo may chair; two vice chairs may not overlap
        postMembership(bo, body, "CHAIR", mp, "2023-01-01", null).andExpect(status().isCreated());
        postMembership(cecilia, body, "VICE_CHAIR", mp, "2019-01-01", null).andExpect(status().isCreated());
        postMembership(anna, body, "VICE_CHAIR", s, "2023-01-01", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.role").exists());

        mvc.perform(as(secretary, get("/api/v1/memberships?bodyId=" + body + "&date=2020-05-01")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(as(secretary, get("/api/v1/memberships?bodyId=" + body + "&date=2023-05-01")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(as(secretary, get("/api/v1/people/" + anna + "/memberships")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(as(secretary, get("/api/v1/people/999999999/memberships"))).andExpect(status().isNotFound());

        assertThat(memberships.partyOf(huddinge, anna, body, LocalDate.of(2020, 5, 1))).map(PartyInfo::id).contains(s);
        assertThat(memberships.partyOf(huddinge, anna, body, LocalDate.of(2023, 5, 1))).isEmpty();

        // end Cecilia's membership by setting its end date (If-Match); stale version is refused
        long ceciliaSeat = memberships.membershipsOn(huddinge, body, LocalDate.of(2020, 1, 1)).stream()
                .filter(m -> m.personId() == cecilia).findFirst().orElseThrow().id();
        String end = "{\"personId\":" + cecilia + ",\"bodyId\":" + body + ",\"role\":\"VICE_CHAIR\",\"partyId\":" + mp
                + ",\"validFrom\":\"2019-01-01\",\"validTo\":\"2022-12-31\"}";
        mvc.perform(as(secretary, json(put("/api/v1/memberships/" + ceciliaSeat), end).header("If-Match", "\"0\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.validTo").value("2022-12-31"));
        mvc.perform(as(secretary, json(put("/api/v1/memberships/" + ceciliaSeat), end).header("If-Match", "\"0\"")))
                .andExpect(status().isPreconditionFailed());
        postMembership(anna, body, "VICE_CHAIR", s, "2023-01-01", null).andExpect(status().isCreated());

        var created = audit.search(huddinge, new AuditLog.Filter(null, "Membership", String.valueOf(annaSeat), "created", null, null), 0, 10);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).changes()).containsKeys("personId", "bodyId", "role", "partyId", "validFrom");
        assertThat(audit.search(huddinge, new AuditLog.Filter(null, "Membership", String.valueOf(ceciliaSeat), "updated", null, null), 0, 10)
                .get(0).changes()).containsOnlyKeys("validTo");
    }

    @Test
    void membershipOfAnotherMunicipalitysPersonIsRefused() throws Exception {
        long body = createBody(secretary, unique("Nämnd"), "COMMITTEE", null);
        long other = testData.newMunicipality("Tredje kommun").id();
        String otherAdmin = testData.newUser(other, null, Role.ADMINISTRATOR);
        long foreigner = body(mvc.perform(as(otherAdmin, json(post("/api/v1/people"),
                "{\"firstName\":\"Främ\",\"lastName\":\"Ling\"}")))).get("id").asLong();
        postMembership(foreigner, body, "MEMBER", null, "2020-01-01", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.personId").exists());
        mvc.perform(as(secretary, get("/api/v1/people/" + foreigner))).andExpect(status().isNotFound());
        mvc.perform(as(secretary, json(put("/api/v1/people/" + foreigner),
                "{\"firstName\":\"X\",\"lastName\":\"Y\",\"version\":0}"))).andExpect(status().isNotFound());
    }
}
