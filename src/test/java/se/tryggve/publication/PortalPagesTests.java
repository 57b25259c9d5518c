package se.tryggve.publication;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.governance.AdoptingDecision;
import se.tryggve.governance.Area;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.Direction;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GoalData;
import se.tryggve.governance.Governance;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.IndicatorData;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.incidents.Channel;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.Position;
import se.tryggve.organisation.DepartmentInput;
import se.tryggve.organisation.Departments;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** The public portal without login: what it shows, what it does not, 404s, and 304 on a repeat visit. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PortalPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired Governance governance;
    @Autowired Incidents incidents;
    @Autowired Departments departments;

    Municipality mu;
    GoverningDocument adopted;
    GoverningDocument draft;

    @BeforeEach
    void world() {
        mu = testData.newMunicipality("Portalby kommun");
        long m = mu.id();
        DepartmentInput in = new DepartmentInput();
        in.setName("Kommunstyrelsens förvaltning");
        in.setActive(true);
        long dep = departments.createDepartment(m, in).id();
        adopted = governance.createDocument(m, new DocumentData(DocumentKind.PROGRAMME, "Trygghetsprogram 2025–2028",
                LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), "En trygg kommun för alla", Set.of(), null));
        Area area = governance.addArea(m, adopted.id(), new AreaData("Trygga offentliga miljöer", "Färre otrygga platser", null));
        Goal goal = governance.addGoal(m, adopted.id(), new GoalData(area.id(), null, "Mindre klotter i centrum", null,
                Set.of(dep), false, null));
        governance.addIndicator(m, adopted.id(), new IndicatorData(goal.id(), "Anmält klotter", "antal",
                Direction.LOWER_IS_BETTER, IndicatorSource.OWN, null, 2024, new BigDecimal("120"),
                Map.of(2026, new BigDecimal("80")), null));
        governance.adoptDocument(m, adopted.id(), new AdoptingDecision("Kommunfullmäktige", LocalDate.of(2024, 12, 16), "§ 140", null));
        draft = governance.createDocument(m, new DocumentData(DocumentKind.GUIDELINE, "Utkast: hemlig riktlinje",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, Set.of(), null));
    }

    @Test
    void theMunicipalitiesAndTheStartPageAnswerWithoutLogin() throws Exception {
        mvc.perform(get("/kommun")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Portalby kommun"), containsString("/kommun/" + mu.code()),
                        containsString("/tillganglighet"))));
        mvc.perform(get("/kommun/" + mu.code())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Portalby kommun</h1>"),
                        containsString("/kommun/" + mu.code() + "/styrdokument"), containsString("/kommun/" + mu.code() + "/statistik"),
                        containsString("/kommun/" + mu.code() + "/sammantraden"), containsString("/kommun/" + mu.code() + "/uppfoljningar"),
                        containsString("/anslagstavla?kommun=" + mu.code()), containsString("/oparl/v1.1"),
                        containsString("/kommun/" + mu.code() + "/flode/anslag.atom"), containsString("/kommun/" + mu.code() + "/sammantraden.ics"),
                        // nothing internal in the menu of an anonymous visitor
                        not(containsString("href=\"/programmes\"")), not(containsString("name=\"_csrf\"")))));
        mvc.perform(get("/kommun/" + mu.code()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("Governing documents"))));
    }

    @Test
    void unknownOrMalformedCodesAndIdsAre404() throws Exception {
        mvc.perform(get("/kommun/0000")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/12ab")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/" + mu.code() + "/styrdokument/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/" + mu.code() + "/statistik").param("ar", "1901")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/" + mu.code() + "/statistik").param("ar", "x' or 1=1")).andExpect(status().isBadRequest());
        // another municipality's document answers like a missing one
        Municipality other = testData.newMunicipality("Grannby kommun");
        mvc.perform(get("/kommun/" + other.code() + "/styrdokument/" + adopted.id())).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdoptedDocumentsArePublishedWithTheirGoalsAndIndicators() throws Exception {
        mvc.perform(get("/kommun/" + mu.code() + "/styrdokument")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Trygghetsprogram 2025–2028"), containsString("Kommunfullmäktige"),
                        containsString("16 december 2024"), not(containsString("Utkast: hemlig riktlinje")))));
        mvc.perform(get("/kommun/" + mu.code() + "/styrdokument/" + adopted.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("En trygg kommun för alla"), containsString("Trygga offentliga miljöer"),
                        containsString("Mindre klotter i centrum"), containsString("Anmält klotter"), containsString("2026: 80"))));
        mvc.perform(get("/kommun/" + mu.code() + "/styrdokument/" + draft.id())).andExpect(status().isNotFound());
    }

    @Test
    void statisticsAreAggregatedAndSmallCountsSuppressed() throws Exception {
        for (int i = 1; i <= 6; i++) {
            report("graffiti", Instant.parse("2025-03-0" + i + "T10:00:00Z"), "Privat fritext " + i);
        }
        report("vandalism", Instant.parse("2025-05-02T10:00:00Z"), "Privat fritext v1");
        report("graffiti", Instant.parse("2024-05-02T10:00:00Z"), "Privat fritext 2024");
        mvc.perform(get("/kommun/" + mu.code() + "/statistik")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("År 2025"), containsString(">7</td>"), containsString(">6</td>"),
                        containsString("färre än 5"), not(containsString(">1</td>")), not(containsString("Privat fritext")),
                        not(containsString("Stationsvägen")))));
        mvc.perform(get("/kommun/" + mu.code() + "/statistik").param("ar", "2024")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("År 2024"), containsString("ar=2024\" aria-current=\"page\""))));
        mvc.perform(get("/kommun/" + mu.code() + "/statistik").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("fewer than 5")));
    }

    @Test
    void theAccessibilityStatementAndItsLinks() throws Exception {
        mvc.perform(get("/tillganglighet")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tillgänglighetsredogörelse"), containsString("2018:1937"),
                        containsString("WCAG 2.1"), containsString("Myndigheten för digital förvaltning (DIGG)"),
                        containsString("2 december 2026"), containsString("funktionsbrevlåda"))));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/kommun\""), containsString("href=\"/tillganglighet\""))));
    }

    @Test
    void aRepeatVisitWithTheEtagGets304() throws Exception {
        for (String path : new String[]{"/kommun", "/kommun/" + mu.code(), "/kommun/" + mu.code() + "/styrdokument",
                "/kommun/" + mu.code() + "/styrdokument/" + adopted.id(), "/kommun/" + mu.code() + "/statistik", "/tillganglighet"}) {
            String etag = mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().string("ETag", notNullValue()))
                    .andExpect(header().string("Cache-Control", "no-cache"))
                    .andReturn().getResponse().getHeader("ETag");
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified())
                    .andExpect(content().string(""));
            mvc.perform(get(path).header("If-None-Match", "\"0123456789\"")).andExpect(status().isOk());
        }
    }

    private void report(String category, Instant at, String text) {
        incidents.reportIncident(mu.id(), new NewIncident(category, Channel.STAFF, at, new Position(59.2366, 17.9816),
                "Stationsvägen 1", text, null, null, null, null, null));
    }
}
