package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.organisation.PartnerKind;
import se.tryggve.organisation.PartnerOrganisationInput;
import se.tryggve.organisation.PartnerOrganisations;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * Partner reports (issue 6): a partner reporter files reports and reads only its own organisation's (another's
 * id → 404, pages and API) and nothing else; personal identity numbers are refused; the coordinator reviews.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PartnerReportTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** A valid personal identity number (Skatteverket's test number). */
    static final String PIN = "19121212-1212";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Districts districts;
    @Autowired
    PartnerOrganisations partners;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentDirectory directory;
    @Autowired
    JdbcClient jdbc;

    record World(long m, long housing, long security, String housingReporter, String securityReporter, String coordinator) {
    }

    World world() {
        long m = data.newMunicipality("EST-kommun").id();
        districts.importDistricts(m, null, IncidentsTests.TWO_DISTRICTS);
        long housing = partner(m, "Bostadsbolaget", PartnerKind.HOUSING_COMPANY);
        long security = partner(m, "Bevakningen", PartnerKind.SECURITY_FIRM);
        return new World(m, housing, security, reporter(m, housing), reporter(m, security),
                data.newUser(m, null, Role.SECURITY_COORDINATOR));
    }

    long partner(long m, String name, PartnerKind kind) {
        PartnerOrganisationInput in = new PartnerOrganisationInput();
        in.setName(name);
        in.setKind(kind);
        return partners.createPartnerOrganisation(m, in).id();
    }

    String reporter(long m, long partner) {
        String username = "p" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        accounts.createAccount(m, new UserAccounts.AccountData(username, "Partner " + username, null, Set.of(Role.PARTNER_REPORTER),
                null, null, true, TestData.PASSWORD, partner));
        return username;
    }

    static JsonNode body(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString());
    }

    long apiReport(String user, String description) throws Exception {
        return body(mvc.perform(post("/api/v1/incidents").with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"categoryCode": "public-disorder", "reportedAt": "2025-06-14T20:30:00Z", "latitude": 59.2366, "longitude": 17.9816,
                         "description": "%s", "policeReported": true, "policeReportNumber": "5000-K123-25"}""".formatted(description)))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    @Test
    void aPartnerReporterSeesOnlyItsOwnOrganisationsReportsThroughTheApi() throws Exception {
        World w = world();
        long own = apiReport(w.housingReporter(), "Bråk vid entrén");
        long other = apiReport(w.securityReporter(), "Skrik på torget");
        JsonNode j = body(mvc.perform(get("/api/v1/incidents/" + own).with(httpBasic(w.housingReporter(), TestData.PASSWORD)))
                .andExpect(status().isOk()));
        assertThat(j.get("channel").asString()).isEqualTo("PARTNER");
        assertThat(j.get("districtName").asString()).isEqualTo("Öster");
        assertThat(j.get("policeReported").asBoolean()).isTrue();
        assertThat(j.get("steps")).isEmpty();

        // another organisation's report, and an ordinary incident: 404 like a missing id
        mvc.perform(get("/api/v1/incidents/" + other).with(httpBasic(w.housingReporter(), TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        long staff = incidents.reportIncident(w.m(), new NewIncident("graffiti", Channel.STAFF, null, new Position(59.2366, 17.9816),
                null, null, null, null, null, null, null)).id();
        mvc.perform(get("/api/v1/incidents/" + staff).with(httpBasic(w.housingReporter(), TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents").with(httpBasic(w.housingReporter(), TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(own));
        // the coordinator sees every report in the one register
        mvc.perform(get("/api/v1/incidents").with(httpBasic(w.coordinator(), TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(3));
        // nothing else of the application
        for (String path : new String[] {"/api/v1/incidents/" + own + "/costs", "/api/v1/incidents/review-queue",
                "/api/v1/governing-documents", "/api/v1/cases", "/api/v1/meetings", "/api/v1/departments",
                "/api/v1/incidents/statistics", "/api/v1/incidents/export", "/api/v1/audit", "/api/v1/users", "/api/v1/districts"}) {
            int s = mvc.perform(get(path).with(httpBasic(w.housingReporter(), TestData.PASSWORD))).andReturn().getResponse().getStatus();
            assertThat(s).as(path).isIn(403, 404);
        }
    }

    @Test
    void thePagesShowTheOwnReportsAndAnswer404ForAnotherOrganisationsReport() throws Exception {
        World w = world();
        long own = apiReport(w.housingReporter(), "Krossad ruta");
        long other = apiReport(w.securityReporter(), "Brand i papperskorg");
        MockHttpSession session = WebLogin.as(mvc, w.housingReporter());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/partner"));
        mvc.perform(get("/partner").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("#" + own)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("#" + other + " "))));
        mvc.perform(get("/partner/reports/" + own).session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Krossad ruta")));
        mvc.perform(get("/partner/reports/" + other).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/partner/reports/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Peka inte ut enskilda personer")))
                .andExpect(content().string(Matchers.containsString("Misstänkt narkotikaförsäljning")));
        for (String path : new String[] {"/incidents", "/incidents/" + own, "/incidents/review", "/programmes", "/follow-ups",
                "/cases", "/meetings", "/organisation", "/admin/audit", "/incidents/statistics", "/prevention"}) {
            assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus()).as(path).isIn(403, 404);
        }
        // staff have no partner pages
        MockHttpSession coordinator = WebLogin.as(mvc, w.coordinator());
        mvc.perform(get("/partner").session(coordinator)).andExpect(status().isForbidden());
    }

    @Test
    void aPartnerReportFiledOnThePageGetsItsDistrictAndShowsInTheOwnList() throws Exception {
        World w = world();
        MockHttpSession session = WebLogin.as(mvc, w.securityReporter());
        String location = mvc.perform(post("/partner/reports").session(session).with(csrf())
                        .param("categoryCode", "gathering").param("occurredDate", "2025-06-14").param("occurredTime", "22:30")
                        .param("latitude", "59.2195").param("longitude", "17.9465").param("description", "Ett tjugotal personer vid stationen"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        IncidentView v = directory.findIncident(w.m(), id).orElseThrow();
        assertThat(v.channel()).isEqualTo(Channel.PARTNER);
        assertThat(v.districtName()).isEqualTo("Väster");
        assertThat(v.reportedAt()).isEqualTo(java.time.Instant.parse("2025-06-14T20:30:00Z"));
        assertThat(directory.partnerOrganisationOf(w.m(), id)).contains(w.security());
    }

    @Test
    void aPersonalIdentityNumberIsRefusedOnThePageAndInTheApiAndNothingIsSaved() throws Exception {
        World w = world();
        mvc.perform(post("/api/v1/incidents").with(httpBasic(w.housingReporter(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"categoryCode": "threat-staff", "reportedAt": "2025-06-14T20:30:00Z", "latitude": 59.2366, "longitude": 17.9816,
                                 "description": "Hotet kom från %s"}""".formatted(PIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("description")));
        MockHttpSession session = WebLogin.as(mvc, w.housingReporter());
        mvc.perform(post("/partner/reports").session(session).with(csrf())
                        .param("categoryCode", "threat-staff").param("occurredDate", "2025-06-14").param("occurredTime", "22:30")
                        .param("latitude", "59.2366").param("longitude", "17.9816").param("description", "Personen " + PIN + " hotade"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("innehåller ett personnummer")))
                .andExpect(content().string(Matchers.containsString("id=\"description-error\"")));
        // a coordination number (day + 60) in the address too
        assertThatThrownBy(() -> incidents.reportPartnerIncident(w.m(), w.housing(), new Incidents.PartnerReport("littering",
                java.time.Instant.parse("2025-06-14T20:30:00Z"), null, "Vid porten, 701063-2391", "Skräp", false, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("address"));
        assertThat(jdbc.sql("select count(*) from incident where municipality_id = :m").param("m", w.m()).query(Long.class).single())
                .isZero();
    }

    @Test
    void theCoordinatorReviewsReclassifiesAndMergesDuplicatesEachAudited() throws Exception {
        World w = world();
        long first = apiReport(w.housingReporter(), "Bråk vid entrén");
        long second = apiReport(w.securityReporter(), "Samma bråk vid entrén");
        long third = apiReport(w.securityReporter(), "Folksamling");
        mvc.perform(get("/api/v1/incidents/review-queue").with(httpBasic(w.coordinator(), TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(3));
        mvc.perform(post("/api/v1/incidents/" + first + "/review").with(httpBasic(w.housingReporter(), TestData.PASSWORD))
                .header("If-Match", "\"0\"")).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/incidents/" + first + "/review").with(httpBasic(w.coordinator(), TestData.PASSWORD))
                .header("If-Match", "\"0\"")).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/v1/incidents/" + first + "/review").with(httpBasic(w.coordinator(), TestData.PASSWORD))
                .header("If-Match", "\"1\"")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/incidents/" + third + "/reclassification").with(httpBasic(w.coordinator(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"categoryCode\": \"gathering\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.categoryCode").value("gathering"))
                .andExpect(jsonPath("$.steps[1].note").value(Matchers.startsWith("Omklassificerad: Ordningsstörning → Folksamling")));
        mvc.perform(post("/api/v1/incidents/" + third + "/reclassification").with(httpBasic(w.coordinator(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"categoryCode\": \"no-such\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/incidents/" + second + "/merge").with(httpBasic(w.coordinator(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"duplicateOf\": " + first + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DUPLICATE"))
                .andExpect(jsonPath("$.duplicateOf").value(first));
        assertThat(directory.partnerFields(w.m(), second).orElseThrow().reviewedAt()).isNotNull();
        // only the reclassified one still waits
        assertThat(directory.reviewQueue(w.m(), 50)).extracting(IncidentView::id).containsExactly(third);

        // the page: the queue and its mark-reviewed button
        MockHttpSession session = WebLogin.as(mvc, w.coordinator());
        mvc.perform(get("/incidents/review").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("#" + third)));
        mvc.perform(post("/incidents/review/" + third + "/reviewed").session(session).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl("/incidents/review"));
        assertThat(directory.reviewQueue(w.m(), 50)).isEmpty();
        mvc.perform(post("/incidents/review/" + third + "/reviewed").session(session).with(csrf()).param("version", "2"))
                .andExpect(redirectedUrl("/incidents/review"));

        long audited = jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'Incident' and action in ('reviewed', 'reclassified', 'duplicate')")
                .param("m", w.m()).query(Long.class).single();
        assertThat(audited).isEqualTo(5); // reviewed ×2, reclassified, duplicate + its review
    }

    @Test
    void theEstCategoriesAreThereButAreNoOpen311Services() throws Exception {
        World w = world();
        assertThat(directory.categories(w.m())).extracting(CategoryInfo::code)
                .contains("graffiti", "graffiti-offensive", "vandalism", "public-disorder", "gathering", "unsafe-place", "littering",
                        "fire", "threat-staff", "drug-dealing", "event");
        assertThat(directory.findCategory(w.m(), "graffiti").orElseThrow().open311()).isTrue();
        assertThat(directory.findCategory(w.m(), "drug-dealing").orElseThrow().open311()).isFalse();
        assertThatThrownBy(() -> incidents.reportIncident(w.m(), new NewIncident("drug-dealing", Channel.OPEN311, null,
                new Position(59.2366, 17.9816), null, null, null, null, null, "app", null)))
                .isInstanceOf(RuleViolationException.class);
        // staff may report in them through the ordinary form and API
        assertThat(incidents.reportIncident(w.m(), new NewIncident("unsafe-place", Channel.STAFF, null, new Position(59.2366, 17.9816),
                null, "Trasig belysning", null, null, null, null, null)).categoryCode()).isEqualTo("unsafe-place");
    }

    @Test
    void partnerReportsAreNeverPublishedThroughOpen311() throws Exception {
        World w = world();
        long id = apiReport(w.housingReporter(), "Bråk vid entrén");
        String code = jdbc.sql("select code from municipality where id = :m").param("m", w.m()).query(String.class).single();
        mvc.perform(get("/open311/v2/requests/" + id + ".json").param("jurisdiction_id", code)).andExpect(status().isNotFound());
        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", code).param("service_request_id", String.valueOf(id)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("entrén"))));
    }

    @Test
    void aPartnerReporterAccountNeedsItsOrganisationAndNoOtherRole() {
        World w = world();
        assertThatThrownBy(() -> accounts.createAccount(w.m(), new UserAccounts.AccountData("x" + ThreadLocalRandom.current().nextInt(1 << 30),
                "X", null, Set.of(Role.PARTNER_REPORTER), null, null, true, TestData.PASSWORD, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("partnerOrganisationId"));
        assertThatThrownBy(() -> accounts.createAccount(w.m(), new UserAccounts.AccountData("y" + ThreadLocalRandom.current().nextInt(1 << 30),
                "Y", null, Set.of(Role.PARTNER_REPORTER, Role.READER), null, null, true, TestData.PASSWORD, w.housing())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("roles"));
    }
}
