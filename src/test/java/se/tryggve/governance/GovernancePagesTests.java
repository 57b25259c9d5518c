package se.tryggve.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
@Import({TestData.class, GovernanceFixture.class})
class GovernancePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceFixture fixture;
    @Autowired
    GovernanceQueries queries;
    @Autowired
    Governance governance;

    GovernanceFixture.World w;
    GoverningDocument doc;
    Area first;
    Goal goal;
    MockHttpSession admin;

    @BeforeEach
    void world() throws Exception {
        w = fixture.newWorld();
        doc = w.programme("Program för trygghet");
        first = w.area(doc.id(), "Trygghetsskapande arbete");
        w.area(doc.id(), "Skydd mot olyckor");
        w.area(doc.id(), "Krisberedskap");
        goal = w.goal(doc.id(), first.id(), null, "Den upplevda tryggheten ökar", w.depA);
        w.goal(doc.id(), first.id(), goal.id(), "Belysning på otrygga platser", w.depB);
        w.activity(doc.id(), "Trygghetsvandring", ActivityStatus.ONGOING, w.depA, goal.id());
        admin = WebLogin.as(mvc, w.admin);
    }

    @Test
    void overviewShowsAreasInOrderWithSubGoalsGoalsOwnersAndActivities() throws Exception {
        governance.moveAreaUp(w.m, queries.areas(w.m, doc.id()).get(2).id());
        String html = mvc.perform(get("/programmes/" + doc.id()).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int a1 = html.indexOf("1. Trygghetsskapande arbete");
        int a2 = html.indexOf("2. Krisberedskap");
        int a3 = html.indexOf("3. Skydd mot olyckor");
        assertThat(a1).isPositive().isLessThan(a2);
        assertThat(a2).isLessThan(a3);
        assertThat(html).contains("<em>delmål för Trygghetsskapande arbete</em>")
                .contains("Den upplevda tryggheten ökar").contains("Belysning på otrygga platser")
                .contains("Socialförvaltningen").contains("Trygghetsvandring").contains("Pågår");
        assertThat(html.indexOf("Den upplevda tryggheten ökar")).isLessThan(html.indexOf("Belysning på otrygga platser"));
    }

    @Test
    void listAndCreateDocument() throws Exception {
        mvc.perform(get("/programmes").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Program för trygghet")));
        mvc.perform(post("/programmes").session(admin).with(csrf()).param("kind", "PLAN").param("title", "Ny plan")
                        .param("validFrom", "2022-01-01").param("validTo", "2025-12-31"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/programmes/*"));
        assertThat(queries.listDocuments(w.m)).extracting(GoverningDocument::title).contains("Ny plan");
    }

    @Test
    void invalidFormShowsTheSwedishMessageBesideTheField() throws Exception {
        int before = queries.listDocuments(w.m).size();
        String html = mvc.perform(post("/programmes").session(admin).with(csrf()).param("kind", "PROGRAMME")
                        .param("title", "Baklänges").param("validFrom", "2022-01-01").param("validTo", "2021-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"validTo-error\"").contains("Perioden kan inte sluta innan den börjar")
                .contains("aria-describedby=\"validTo-error\"");
        assertThat(queries.listDocuments(w.m)).hasSize(before);

        mvc.perform(post("/programmes").session(admin).with(csrf()).param("kind", "PROGRAMME").param("title", "")
                        .param("validFrom", "2022-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Fältet måste fyllas i")));
        mvc.perform(post("/programmes/" + doc.id() + "/copy").session(admin).with(csrf()).param("title", "Kopia")
                        .param("validFrom", "2017-01-01").param("validTo", "2019-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Den nya perioden måste börja efter att den gamla började")));
        mvc.perform(post("/activities/new").session(admin).with(csrf()).param("documentId", String.valueOf(doc.id()))
                        .param("title", "A").param("goalIds", String.valueOf(goal.id()))
                        .param("responsibleDepartmentId", String.valueOf(w.depA)).param("startYear", "2021")
                        .param("endYear", "2019").param("status", "PLANNED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Perioden kan inte sluta innan den börjar")));
        // numeric(14,2) and integer columns: too large or not a number is a message, never a 409/500 page
        String tooLarge = mvc.perform(post("/activities/new").session(admin).with(csrf()).param("documentId", String.valueOf(doc.id()))
                        .param("title", "A").param("goalIds", String.valueOf(goal.id()))
                        .param("responsibleDepartmentId", String.valueOf(w.depA)).param("startYear", "tjugo")
                        .param("status", "PLANNED").param("costEstimate", "1000000000000000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooLarge).contains("Talet får ha högst 12 siffror före och 2 efter decimaltecknet").contains("Ange ett heltal");
        mvc.perform(post("/programmes/" + doc.id() + "/indicators/new").session(admin).with(csrf()).param("name", "N")
                        .param("unit", "st").param("direction", "LOWER_IS_BETTER").param("source", "OWN")
                        .param("targets", "2021=1000000000000000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Målvärden skrivs som år=värde")));
    }

    @Test
    void goalPageAreaAndGoalFormsAndCopy() throws Exception {
        mvc.perform(get("/goals/" + goal.id()).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trygghetsvandring")))
                .andExpect(content().string(containsString("Socialförvaltningen")));
        mvc.perform(post("/goals/" + goal.id()).session(admin).with(csrf()).param("areaId", String.valueOf(first.id()))
                        .param("title", "Tryggheten ökar").param("ownerDepartmentIds", String.valueOf(w.depB))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.goal(w.m, goal.id()).title()).isEqualTo("Tryggheten ökar");
        mvc.perform(post("/goals/" + goal.id()).session(admin).with(csrf()).param("areaId", String.valueOf(first.id()))
                        .param("title", "Gammal").param("ownerDepartmentIds", String.valueOf(w.depB)).param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Någon annan har ändrat")));
        mvc.perform(post("/programmes/" + doc.id() + "/areas/new").session(admin).with(csrf()).param("title", "Civilt försvar"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/programmes/" + doc.id() + "/goals/new").session(admin).with(csrf())
                        .param("areaId", String.valueOf(first.id())).param("title", "Utan ägare"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj minst en ansvarig förvaltning")));
        mvc.perform(post("/programmes/" + doc.id() + "/indicators/new").session(admin).with(csrf()).param("name", "Brott")
                        .param("unit", "antal").param("direction", "LOWER_IS_BETTER").param("source", "KOLADA")
                        .param("koladaKpi", "n0754"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kolada-id ska vara")));
        mvc.perform(post("/programmes/" + doc.id() + "/indicators/new").session(admin).with(csrf()).param("name", "Brott")
                        .param("unit", "antal").param("direction", "LOWER_IS_BETTER").param("source", "KOLADA")
                        .param("koladaKpi", "N07540").param("targets", "2021=9500"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/programmes/" + doc.id() + "/copy").session(admin).with(csrf()).param("title", "Program 2022–2025")
                        .param("validFrom", "2022-01-01").param("validTo", "2025-12-31"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/programmes/" + doc.id() + "/adopt").session(admin)).andExpect(status().isOk());
        mvc.perform(post("/programmes/" + doc.id() + "/adopt").session(admin).with(csrf()).param("body", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ange beslutande organ")));
        mvc.perform(post("/programmes/" + doc.id() + "/adopt").session(admin).with(csrf()).param("body", "Kommunfullmäktige")
                        .param("date", "2018-06-18").param("caseNumber", "KS-2016/1151.149"))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.document(w.m, doc.id()).status()).isEqualTo(DocumentStatus.ADOPTED);
    }

    @Test
    void activityListFiltersAndReporterLimits() throws Exception {
        MockHttpSession reporter = WebLogin.as(mvc, w.reporterA);
        mvc.perform(get("/activities").session(reporter).param("documentId", String.valueOf(doc.id()))
                        .param("status", "ONGOING").param("departmentId", String.valueOf(w.depA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Trygghetsvandring")));
        mvc.perform(get("/activities").session(reporter).param("status", "DONE"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Trygghetsvandring"))));
        Activity other = w.activity(doc.id(), "Fritidsgård", ActivityStatus.PLANNED, w.depB, goal.id());
        mvc.perform(get("/activities/" + other.id() + "/edit").session(reporter)).andExpect(status().isForbidden());
        mvc.perform(post("/activities/" + other.id() + "/edit").session(reporter).with(csrf()).param("title", "Kapad")
                        .param("goalIds", String.valueOf(goal.id())).param("responsibleDepartmentId", String.valueOf(w.depB))
                        .param("startYear", "2019").param("status", "DONE").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(queries.activity(w.m, other.id()).title()).isEqualTo("Fritidsgård");
        mvc.perform(get("/activities/new").session(reporter).param("documentId", String.valueOf(doc.id())))
                .andExpect(status().isOk());
        mvc.perform(post("/activities/new").session(reporter).with(csrf()).param("documentId", String.valueOf(doc.id()))
                        .param("title", "Egen aktivitet").param("goalIds", String.valueOf(goal.id()))
                        .param("responsibleDepartmentId", String.valueOf(w.depA)).param("startYear", "2020")
                        .param("status", "PLANNED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/programmes/" + doc.id() + "/edit").session(reporter)).andExpect(status().isForbidden());
    }

    @Test
    void foreignIdsAre404OnPages() throws Exception {
        GovernanceFixture.World other = fixture.newWorld();
        MockHttpSession stranger = WebLogin.as(mvc, other.admin);
        mvc.perform(get("/programmes/" + doc.id()).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/goals/" + goal.id()).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/activities/new").param("documentId", String.valueOf(doc.id())).session(stranger))
                .andExpect(status().isNotFound());
        String reader = fixture.testData.newUser(w.m, null, Role.READER);
        mvc.perform(get("/programmes/" + doc.id()).session(WebLogin.as(mvc, reader))).andExpect(status().isOk());
    }
}
