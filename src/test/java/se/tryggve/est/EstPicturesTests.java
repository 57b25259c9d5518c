package se.tryggve.est;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.audit.AuditLog;
import se.tryggve.incidents.Channel;
import se.tryggve.incidents.Districts;
import se.tryggve.incidents.IncidentView;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.Position;
import se.tryggve.security.Role;
import se.tryggve.shared.SwedishDates;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.VeraPdf;
import se.tryggve.testing.WebLogin;

/**
 * The weekly picture against hand-computed figures around the turn of 2025/2026 (ISO week 2026-W01 starts
 * on Monday 29 December 2025), its freezing when compiled, 409 on a second compile, 400 on a week that does
 * not exist, the PDF/A, the pages and who may do what.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class EstPicturesTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Two districts side by side: Väster (longitude 17.90–17.98) and Öster (17.98–18.06). */
    static final String TWO_DISTRICTS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"code": "west", "name": "Väster"},
               "geometry": {"type": "Polygon", "coordinates": [[[17.90, 59.20], [17.98, 59.20], [17.98, 59.26], [17.90, 59.26], [17.90, 59.20]]]}},
              {"type": "Feature", "properties": {"code": "east", "name": "Öster"},
               "geometry": {"type": "Polygon", "coordinates": [[[17.98, 59.20], [18.06, 59.20], [18.06, 59.26], [17.98, 59.26], [17.98, 59.20]]]}}
            ]}""";
    static final Position WEST = new Position(59.23, 17.95);
    static final Position EAST = new Position(59.23, 18.02);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Incidents incidents;
    @Autowired
    Districts districts;
    @Autowired
    EstPictures pictures;
    @Autowired
    AuditLog audit;
    @Autowired
    se.tryggve.organisation.Departments departments;

    record World(long m, String coordinator, String reader, String reporter) {
    }

    World world() {
        long m = data.newMunicipality("EST-kommun").id();
        districts.importDistricts(m, null, TWO_DISTRICTS);
        var department = new se.tryggve.organisation.DepartmentInput();
        department.setName("Samhällsbyggnadsförvaltningen");
        long d = departments.createDepartment(m, department).id();
        return new World(m, data.newUser(m, null, Role.SECURITY_COORDINATOR), data.newUser(m, null, Role.READER),
                data.newUser(m, d, Role.DEPARTMENT_REPORTER));
    }

    /** Local time in Stockholm → instant. */
    static Instant at(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(SwedishDates.SWEDEN).toInstant();
    }

    IncidentView report(long m, String category, Position p, Instant when) {
        return incidents.reportIncident(m, new NewIncident(category, Channel.STAFF, when, p, null,
                "Fritext från rapportören som aldrig ska skickas vidare", null, null, null, null, null));
    }

    /**
     * The hand-computed register of the test: for 2026-W01 (29 Dec 2025 – 4 Jan 2026), columns are
     * 2026-W01, 2025-W52, 2025-W51, 2025-W50, 2025-W49 and 2025-W01 (30 Dec 2024 – 5 Jan 2025).
     */
    void register(long m) {
        report(m, "graffiti", WEST, at(2025, 12, 29, 0, 10));           // W01 (Monday just after midnight; 23:10 UTC on the 28th)
        report(m, "graffiti", WEST, at(2025, 12, 28, 23, 50));          // 2025-W52 (Sunday evening)
        report(m, "vandalism", EAST, at(2026, 1, 4, 23, 30));           // W01 (Sunday 23:30; 22:30 UTC)
        report(m, "vandalism", EAST, at(2026, 1, 5, 0, 5));             // 2026-W02, not counted
        IncidentView original = report(m, "graffiti", WEST, at(2026, 1, 1, 12, 0));
        IncidentView dup = report(m, "graffiti", WEST, at(2026, 1, 1, 12, 5));
        incidents.markDuplicate(m, dup.id(), dup.version(), original.id(), "samma");  // duplicates are not counted
        report(m, "graffiti-offensive", WEST, at(2024, 12, 31, 15, 0)); // 2025-W01: the same week last year
        report(m, "graffiti", WEST, at(2025, 12, 10, 9, 0));            // 2025-W50
    }

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B r) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    static JsonNode json(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString());
    }

    static List<Long> counts(JsonNode rows, String name) {
        for (JsonNode r : rows) {
            if (name.equals(r.get("name").asString())) {
                return JSON.convertValue(r.get("counts"), JSON.getTypeFactory().constructCollectionType(List.class, Long.class));
            }
        }
        throw new AssertionError("no row " + name + " in " + rows);
    }

    @Test
    void theWeeklyCountsMatchHandComputedFiguresAcrossTheYearBoundary() throws Exception {
        World w = world();
        register(w.m);

        JsonNode p = json(mvc.perform(as(w.coordinator, post("/api/v1/weekly-pictures/2026-W01")))
                .andExpect(status().isCreated()));
        JsonNode f = p.get("figures");
        assertThat(p.get("status").asString()).isEqualTo("COMPILED");
        assertThat(p.get("start").asString()).isEqualTo("2025-12-29");
        assertThat(f.get("columns").findValuesAsString("key"))
                .containsExactly("2026-W01", "2025-W52", "2025-W51", "2025-W50", "2025-W49", "2025-W01");
        assertThat(counts(f.get("categories"), "Klotter")).containsExactly(2L, 1L, 0L, 1L, 0L, 0L);
        assertThat(counts(f.get("categories"), "Klotter – kränkande")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(counts(f.get("categories"), "Övrig skadegörelse")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(counts(f.get("districts"), "Väster")).containsExactly(2L, 1L, 0L, 1L, 0L, 1L);
        assertThat(counts(f.get("districts"), "Öster")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(JSON.convertValue(f.get("totals"), List.class)).containsExactly(3, 1, 0, 1, 0, 1);
        // Three reports of the week in two 250 m cells: the two in Väster share one, the one in Öster has its own.
        assertThat(f.get("cells").findValuesAsString("district")).containsExactly("Väster", "Öster");
        assertThat(f.get("cells").get(0).get("count").asInt()).isEqualTo(2);

        // The audit log has the compiling.
        var entries = audit.search(w.m, new AuditLog.Filter(null, EstPictures.OBJECT_TYPE, p.get("id").asString(), "compiled", null, null), 0, 10);
        assertThat(entries).hasSize(1);
    }

    @Test
    void aCompiledPictureDoesNotChangeWhenReportsArriveLaterAndASecondCompileIs409() throws Exception {
        World w = world();
        register(w.m);
        mvc.perform(as(w.coordinator, post("/api/v1/weekly-pictures/2026-W01"))).andExpect(status().isCreated());

        report(w.m, "vandalism", EAST, at(2026, 1, 2, 18, 0)); // arrives after compiling
        mvc.perform(as(w.reader, get("/api/v1/weekly-pictures/2026-W01")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures.totals[0]").value(3));
        assertThat(pictures.liveFigures(w.m, EstPeriod.parseWeek("2026-W01"), null).total()).isEqualTo(4);

        mvc.perform(as(w.coordinator, post("/api/v1/weekly-pictures/2026-W01")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // A correction is a new version linked to the old; compiling it takes the late report in.
        EstPicture first = pictures.findPicture(w.m, EstPeriod.parseWeek("2026-W01")).orElseThrow();
        EstPicture correction = pictures.correctPicture(w.m, EstPeriod.parseWeek("2026-W01"));
        assertThat(correction.correctsId()).isEqualTo(first.id());
        assertThat(correction.correction()).isEqualTo(1);
        EstPicture compiled = pictures.compilePicture(w.m, EstPeriod.parseWeek("2026-W01"), null);
        assertThat(compiled.figures().total()).isEqualTo(4);
        assertThat(pictures.picture(w.m, first.id()).status()).isEqualTo(EstPicture.Status.CORRECTED);
        assertThat(pictures.picture(w.m, first.id()).figures().total()).isEqualTo(3);
    }

    @Test
    void aWeekThatDoesNotExistIs400AndAMissingPictureIs404() throws Exception {
        World w = world();
        for (String bad : List.of("2025-W54", "2025-W00", "2025-W53", "2025-47", "abc")) {
            mvc.perform(as(w.coordinator, post("/api/v1/weekly-pictures/" + bad))).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(as(w.reader, get("/api/v1/weekly-pictures/" + bad))).andExpect(status().isBadRequest());
        }
        mvc.perform(as(w.reader, get("/api/v1/weekly-pictures/2025-W47"))).andExpect(status().isNotFound());
        mvc.perform(as(w.reader, get("/api/v1/weekly-pictures/2025-W47/pdf"))).andExpect(status().isNotFound());
        mvc.perform(as(w.coordinator, post("/api/v1/weekly-pictures/2020-W53"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.figures.columns[5].key").value("2019-W52"));
        mvc.perform(as(w.coordinator, post("/api/v1/situation-summaries/2025-T4"))).andExpect(status().isBadRequest());
        mvc.perform(as(w.coordinator, post("/api/v1/situation-summaries/2025-13"))).andExpect(status().isBadRequest());
    }

    @Test
    void notesAndPicksAreKeptButNeverTheReportersFreeText() throws Exception {
        World w = world();
        IncidentView fire = report(w.m, "vandalism", EAST, at(2025, 11, 19, 21, 0));
        String body = """
                {"focusText": "Kvällar vid torget", "noteText": "Lugn vecka",
                 "notable": [{"incidentId": %d, "note": "Brand i soprum"}, {"note": "Möte med polisen"}],
                 "places": [{"name": "Torget"}]}""".formatted(fire.id());
        JsonNode p = json(mvc.perform(as(w.coordinator, post("/api/v1/weekly-pictures/2025-W47")
                .contentType(MediaType.APPLICATION_JSON).content(body))).andExpect(status().isCreated()));
        JsonNode n = p.get("figures").get("notable");
        assertThat(n.get(0).get("category").asString()).isEqualTo("Övrig skadegörelse");
        assertThat(n.get(0).get("district").asString()).isEqualTo("Öster");
        assertThat(n.get(0).get("date").asString()).isEqualTo("2025-11-19");
        assertThat(n.get(0).get("note").asString()).isEqualTo("Brand i soprum");
        assertThat(n.get(1).get("note").asString()).isEqualTo("Möte med polisen");
        assertThat(p.toString()).doesNotContain("Fritext från rapportören");

        byte[] pdf = mvc.perform(as(w.reader, get("/api/v1/weekly-pictures/2025-W47/pdf")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        VeraPdf.assertPdfA2uAndPdfUa1(pdf);

        // Another municipality's incident cannot be picked.
        World other = world();
        mvc.perform(as(other.coordinator, post("/api/v1/weekly-pictures/2025-W47").contentType(MediaType.APPLICATION_JSON)
                .content("{\"notable\": [{\"incidentId\": %d}]}".formatted(fire.id())))).andExpect(status().isBadRequest());
    }

    @Test
    void summariesCompareWithThePeriodBeforeAndTheSamePeriodLastYear() throws Exception {
        World w = world();
        report(w.m, "graffiti", WEST, at(2025, 9, 1, 0, 30));
        report(w.m, "graffiti", WEST, at(2025, 8, 31, 23, 30));
        report(w.m, "graffiti", EAST, at(2024, 12, 31, 23, 59));
        JsonNode p = json(mvc.perform(as(w.coordinator, post("/api/v1/situation-summaries/2025-T3"))).andExpect(status().isCreated()));
        assertThat(p.get("figures").get("columns").findValuesAsString("key")).containsExactly("2025-T3", "2025-T2", "2024-T3");
        assertThat(JSON.convertValue(p.get("figures").get("totals"), List.class)).containsExactly(1, 1, 1);
        mvc.perform(as(w.reader, get("/api/v1/situation-summaries/2025-T3"))).andExpect(status().isOk());
        JsonNode month = json(mvc.perform(as(w.coordinator, post("/api/v1/situation-summaries/2025-09"))).andExpect(status().isCreated()));
        assertThat(JSON.convertValue(month.get("figures").get("totals"), List.class)).containsExactly(1, 1, 0);
        mvc.perform(as(w.reader, get("/api/v1/situation-summaries?year=2025&kind=TERTIAL"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].periodKey").value("2025-T3"));
    }

    @Test
    void coordinatorsCompileReadersReadOthersNothingAndAnotherMunicipalitySeesNothing() throws Exception {
        World w = world();
        String admin = data.newUser(w.m, null, Role.ADMINISTRATOR);
        String secretary = data.newUser(w.m, null, Role.SECRETARY);
        mvc.perform(as(w.reader, post("/api/v1/weekly-pictures/2025-W47"))).andExpect(status().isForbidden());
        mvc.perform(as(w.reporter, get("/api/v1/weekly-pictures/2025-W47"))).andExpect(status().isForbidden());
        mvc.perform(as(secretary, get("/api/v1/weekly-pictures?year=2025"))).andExpect(status().isForbidden());
        mvc.perform(as(admin, post("/api/v1/weekly-pictures/2025-W47"))).andExpect(status().isCreated());
        mvc.perform(as(w.reader, get("/api/v1/weekly-pictures/2025-W47"))).andExpect(status().isOk());
        mvc.perform(as(w.reader, get("/api/v1/weekly-pictures?year=2025"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].periodKey").value("2025-W47"));
        mvc.perform(as(w.reader, post("/api/v1/est-sendings/2025-W47"))).andExpect(status().isForbidden());

        World other = world();
        mvc.perform(as(other.reader, get("/api/v1/weekly-pictures/2025-W47"))).andExpect(status().isNotFound());
        mvc.perform(as(other.reader, get("/api/v1/weekly-pictures?year=2025"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));

        var reporterSession = WebLogin.as(mvc, w.reporter);
        mvc.perform(get("/est").session(reporterSession)).andExpect(status().isForbidden());
    }

    @Test
    void theCoordinatorCompilesOnThePageAndTheMapGetsTheHotSpots() throws Exception {
        World w = world();
        register(w.m);
        var session = WebLogin.as(mvc, w.coordinator);
        mvc.perform(get("/est").session(session)).andExpect(status().isOk());
        String page = mvc.perform(get("/est/2026-W01").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Veckolägesbild vecka 1 2026").contains("Utkast").contains("Sammanställ");
        mvc.perform(post("/est/2026-W01").session(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("action", "compile").param("focusText", "Torget på kvällarna").param("places", "Torget\nStationen"))
                .andExpect(status().is3xxRedirection());
        EstPicture p = pictures.findPicture(w.m, EstPeriod.parseWeek("2026-W01")).orElseThrow();
        assertThat(p.compiled()).isTrue();
        assertThat(p.figures().places()).extracting(Figures.Place::name).containsExactly("Torget", "Stationen");
        String geo = mvc.perform(get("/est/2026-W01/hotspots.geojson").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(geo).get("features")).hasSize(2);
        assertThat(mvc.perform(get("/est/2026-W01").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Torget på kvällarna").doesNotContain("name=\"action\" value=\"compile\"");
        // Compiling again on the page says so instead of failing.
        mvc.perform(post("/est/2026-W01").session(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("action", "compile")).andExpect(status().is3xxRedirection());
    }
}
