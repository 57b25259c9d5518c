package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class IndicatorPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;
    @Autowired
    IndicatorValues values;
    @Autowired
    Municipalities municipalities;
    @Autowired
    se.tryggve.governance.Governance governance;

    FollowUpFixture.World w;
    FollowUp f;
    DepartmentPart partA;
    String partUrl;
    MockHttpSession coordinator;
    MockHttpSession reporterA;

    @BeforeEach
    void world() throws Exception {
        w = fixture.newWorld();
        f = followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
        partA = followUps.parts(w.m, f.id()).stream().filter(p -> p.departmentId() == w.depA).findFirst().orElseThrow();
        partUrl = "/follow-ups/" + f.id() + "/parts/" + partA.id();
        coordinator = WebLogin.as(mvc, w.coordinator);
        reporterA = WebLogin.as(mvc, w.reporterA);
    }

    String html(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The part form as the page sends it: goal 1 (with its indicator) and goal 2, activity X. */
    MockHttpServletRequestBuilder partForm(MockHttpSession session, String work, String value, String reason, Long valueVersion) {
        DepartmentPart p = followUps.part(w.m, f.id(), partA.id());
        MockHttpServletRequestBuilder b = post(partUrl).session(session).with(csrf())
                .param("version", String.valueOf(p.version()))
                .param("goals[0].goalId", String.valueOf(w.g1.id())).param("goals[0].work", work)
                .param("goals[1].goalId", String.valueOf(w.g2.id())).param("goals[1].work", "Brandskydd")
                .param("activities[0].activityId", String.valueOf(w.x.id())).param("activities[0].status", "ONGOING")
                .param("activities[0].whatWasDone", "Fyra vandringar")
                .param("indicators[0].indicatorId", String.valueOf(w.i1.id()))
                .param("indicators[0].value", value).param("indicators[0].missingReason", reason);
        if (valueVersion != null) {
            b.param("indicators[0].version", String.valueOf(valueVersion));
        }
        return b;
    }

    @Test
    void thePartPageShowsTheGoalsIndicatorWithALinkToItsTrend() throws Exception {
        String page = html(partUrl, reporterA);
        assertThat(page).contains("Anmälda våldsbrott per 100 000 invånare – 2020")
                .contains("id=\"indicators0.value\"").contains("id=\"indicators0.missingReason\"")
                .contains("Värdet saknas – skäl").contains("/follow-ups/indicators/" + w.i1.id());
    }

    @Test
    void thePartPageShowsTheYearsTarget() throws Exception {
        var i = w.i1;
        governance.updateIndicator(w.m, i.id(), i.version(), new se.tryggve.governance.IndicatorData(i.goalId(), i.name(),
                i.unit(), i.direction(), i.source(), i.koladaKpi(), i.baselineYear(), i.baselineValue(),
                java.util.Map.of(2020, new BigDecimal("1000.5")), i.version()));
        assertThat(html(partUrl, reporterA)).contains("Målvärde 2020:").contains("1 000,5");
    }

    @Test
    void aDecimalCommaIsSavedWithTheDraft() throws Exception {
        mvc.perform(partForm(reporterA, "Vandringar", "12,5", "", null)).andExpect(status().is3xxRedirection());
        assertThat(values.value(w.m, w.i1.id(), 2020).orElseThrow().value()).isEqualByComparingTo("12.5");
        assertThat(followUps.part(w.m, f.id(), partA.id()).goals().get(0).work()).isEqualTo("Vandringar");
        assertThat(html(partUrl, reporterA)).contains("value=\"12,5\"");

        IndicatorValue v = values.value(w.m, w.i1.id(), 2020).orElseThrow();
        mvc.perform(partForm(reporterA, "Vandringar", "1 100.25", "", v.version())).andExpect(status().is3xxRedirection());
        assertThat(values.value(w.m, w.i1.id(), 2020).orElseThrow().value()).isEqualByComparingTo("1100.25");
    }

    @Test
    void textInTheValueIsAFieldErrorAndTheRestOfTheFormIsKept() throws Exception {
        String page = mvc.perform(partForm(reporterA, "Text som inte ska bort", "abc", "", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"indicators0-value-error\"").contains("Ange ett tal").contains("is-invalid")
                .contains("Text som inte ska bort").contains("Fyra vandringar").contains("value=\"abc\"");
        assertThat(followUps.part(w.m, f.id(), partA.id()).goals().get(0).work()).isNull();
        assertThat(values.value(w.m, w.i1.id(), 2020)).isEmpty();
    }

    @Test
    void bothAValueAndAReasonIsRefusedBesideTheReason() throws Exception {
        String page = mvc.perform(partForm(reporterA, "Vandringar", "12", "Saknas ändå", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"indicators0-reason-error\"").contains("inte båda");
        assertThat(followUps.part(w.m, f.id(), partA.id()).goals().get(0).work()).isNull();
    }

    @Test
    void aMissingValueWithItsReasonIsSavedWhenSubmitting() throws Exception {
        mvc.perform(partForm(reporterA, "Vandringar", "", "Polisen har inte levererat", null)
                        .param("goals[0].judgement", "MET").param("goals[1].judgement", "PARTLY_MET").param("submit", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "followup.part.submitted"));
        IndicatorValue v = values.value(w.m, w.i1.id(), 2020).orElseThrow();
        assertThat(v.missing()).isTrue();
        assertThat(v.missingReason()).isEqualTo("Polisen har inte levererat");
        assertThat(followUps.part(w.m, f.id(), partA.id()).status()).isEqualTo(PartStatus.SUBMITTED);
    }

    @Test
    void theReporterOfAnotherDepartmentIsRefused() throws Exception {
        MockHttpSession reporterB = WebLogin.as(mvc, w.reporterB);
        mvc.perform(partForm(reporterB, "Intrång", "99", "", null)).andExpect(status().isForbidden());
        assertThat(values.value(w.m, w.i1.id(), 2020)).isEmpty();
        mvc.perform(post("/follow-ups/indicators/" + w.i1.id() + "/values").session(reporterA).with(csrf())
                .param("year", "2020").param("value", "1")).andExpect(status().isForbidden());
    }

    @Test
    void aValueSavedMeanwhileGivesAStaleMessageAndKeepsTheOther() throws Exception {
        values.recordValue(w.m, w.i1.id(), 2020, new BigDecimal("7"), null, IndicatorValue.Source.KOLADA, null);
        String page = mvc.perform(partForm(reporterA, "Vandringar", "8", "", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Någon annan har ändrat uppgifterna under tiden");
        assertThat(values.value(w.m, w.i1.id(), 2020).orElseThrow().value()).isEqualByComparingTo("7");
        assertThat(followUps.part(w.m, f.id(), partA.id()).goals().get(0).work()).isNull();
    }

    @Test
    void theIndicatorPageShowsAllYearsMissingAsMissingAndTheChartData() throws Exception {
        values.recordValue(w.m, w.i1.id(), 2018, new BigDecimal("1234.5"), null, IndicatorValue.Source.KOLADA, null);
        values.recordValue(w.m, w.i1.id(), 2019, null, "Saknas i Kolada", IndicatorValue.Source.KOLADA, null);
        String page = html("/follow-ups/indicators/" + w.i1.id(), coordinator);
        assertThat(page).contains("<h1>Anmälda våldsbrott per 100 000 invånare</h1>").contains("Lägre är bättre")
                .contains("N07403").contains("Kolada").contains("Saknas:").contains("Saknas i Kolada")
                .contains("<span>1 234,5</span>").contains("<span>1 100</span>").contains("(2017)")
                .contains("role=\"img\"").contains("data-indicator-chart=")
                .contains("&quot;years&quot;:[2017,2018,2019]").contains("&quot;values&quot;:[null,1234.50,null]")
                .contains("/js/indicator-chart.js").doesNotContain("<script>")
                .contains("Ange ett värde").contains("Importera fil");
        assertThat(html("/follow-ups/indicators/" + w.i1.id(), reporterA)).doesNotContain("Ange ett värde")
                .contains("Saknas i Kolada");
    }

    @Test
    void anIndicatorWithoutKoladaIdOffersNoKoladaImport() throws Exception {
        var own = governance.addIndicator(w.m, w.programme.id(), new se.tryggve.governance.IndicatorData(w.g1.id(),
                "Andel trygga i centrum", "%", se.tryggve.governance.Direction.HIGHER_IS_BETTER,
                se.tryggve.governance.IndicatorSource.SURVEY, null, null, null, null, null));
        assertThat(html("/follow-ups/indicators/" + own.id(), coordinator)).contains("Ange ett värde")
                .doesNotContain("Importera fil").doesNotContain("Hämta från Kolada");
    }

    @Test
    void theDashboardListsTheIndicatorsWithALink() throws Exception {
        values.recordValue(w.m, w.i1.id(), 2020, null, "Ej publicerat", IndicatorValue.Source.ENTERED, null);
        assertThat(html("/follow-ups/" + f.id(), coordinator)).contains("Indikatorer 2020")
                .contains("/follow-ups/indicators/" + w.i1.id()).contains("Ej publicerat").contains("Tryggare centrum");
    }

    @Test
    void theCoordinatorEntersAndEditsAYearOnTheIndicatorPage() throws Exception {
        String url = "/follow-ups/indicators/" + w.i1.id();
        mvc.perform(post(url + "/values").session(coordinator).with(csrf()).param("year", "2021").param("value", "980,5"))
                .andExpect(status().is3xxRedirection());
        IndicatorValue v = values.value(w.m, w.i1.id(), 2021).orElseThrow();
        assertThat(v.value()).isEqualByComparingTo("980.5");

        // a second entry for the same year without its version: told to edit the existing one
        String page = mvc.perform(post(url + "/values").session(coordinator).with(csrf()).param("year", "2021").param("value", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Det finns redan ett värde för året");

        // the edit link fills in the form with the version
        assertThat(html(url + "?year=2021", coordinator)).contains("value=\"980,5\"").contains("name=\"version\" value=\"" + v.version() + "\"");
        mvc.perform(post(url + "/values").session(coordinator).with(csrf()).param("year", "2021").param("value", "")
                        .param("missingReason", "Fel i källan").param("version", String.valueOf(v.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(values.value(w.m, w.i1.id(), 2021).orElseThrow().missing()).isTrue();

        // stale version
        page = mvc.perform(post(url + "/values").session(coordinator).with(csrf()).param("year", "2021").param("value", "5")
                        .param("version", String.valueOf(v.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Någon annan har ändrat uppgifterna under tiden");

        page = mvc.perform(post(url + "/values").session(coordinator).with(csrf()).param("year", "2022").param("value", "tolv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"value-error\"").contains("Ange ett tal").contains("value=\"tolv\"");
    }

    @Test
    void anUploadedKoladaFileIsImportedWithASummary() throws Exception {
        String code = municipalities.find(w.m).orElseThrow().code();
        String json = new String(getClass().getResourceAsStream("/kolada/N07403.json").readAllBytes(), StandardCharsets.UTF_8)
                .replace("MUNICIPALITY", code);
        String url = "/follow-ups/indicators/" + w.i1.id();
        mvc.perform(multipart(url + "/kolada-upload").file(new MockMultipartFile("file", "kolada.json", "application/json",
                        json.getBytes(StandardCharsets.UTF_8))).session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("importResult"));
        assertThat(values.values(w.m, w.i1.id())).hasSize(3);

        var result = mvc.perform(multipart(url + "/kolada-upload").file(new MockMultipartFile("file", "kolada.json",
                        "application/json", json.getBytes(StandardCharsets.UTF_8))).session(coordinator).with(csrf()))
                .andReturn();
        String page = mvc.perform(get(url).session(coordinator).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3 värden importerade, 1 saknas").contains("Rad 3 hoppades över: fel nyckeltal (N00945).")
                .contains("Rad 4 hoppades över: fel kommun (0180).").contains("ogiltigt år (tjugotjugo)");

        result = mvc.perform(multipart(url + "/kolada-upload").file(new MockMultipartFile("file", "kolada.json",
                        "application/json", "{\"values\": [".getBytes(StandardCharsets.UTF_8))).session(coordinator).with(csrf()))
                .andExpect(flash().attribute("importError", "followup.kolada.malformed")).andReturn();
        page = mvc.perform(get(url).session(coordinator).flashAttrs(result.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Inget har sparats");

        mvc.perform(multipart(url + "/kolada-upload").file(new MockMultipartFile("file", "kolada.json", "application/json",
                        json.getBytes(StandardCharsets.UTF_8))).session(reporterA).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherMunicipalitysIndicatorIsNotFound() throws Exception {
        FollowUpFixture.World other = fixture.newWorld();
        mvc.perform(get("/follow-ups/indicators/" + other.i1.id()).session(coordinator)).andExpect(status().isNotFound());
    }
}
