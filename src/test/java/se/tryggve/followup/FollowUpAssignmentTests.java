package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.organisation.DepartmentInput;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/** Choosing which department reports on which goal and activity when a follow-up is opened. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class FollowUpAssignmentTests {

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

    DepartmentPart partOf(FollowUp f, long department) {
        return followUps.parts(w.m, f.id()).stream().filter(p -> p.departmentId() == department).findFirst().orElseThrow();
    }

    static List<Long> goals(DepartmentPart p) {
        return p.goals().stream().map(GoalReport::goalId).toList();
    }

    static List<Long> activities(DepartmentPart p) {
        return p.activities().stream().map(ActivityReport::activityId).toList();
    }

    FollowUp open(DepartmentAssignment assignment) {
        return followUps.openFollowUp(w.m, w.programme.id(), 2021, LocalDate.of(2022, 2, 1), null, assignment);
    }

    long department(long m, String name, boolean active) {
        DepartmentInput in = new DepartmentInput();
        in.setName(name);
        in.setActive(active);
        return fixture.departments.createDepartment(m, in).id();
    }

    @Test
    void chosenDepartmentsReportAndTheRestDefaultsToTheOwners() {
        long depC = department(w.m, "Miljöförvaltningen", true);
        FollowUp f = open(new DepartmentAssignment(Map.of(w.g1.id(), Set.of(w.depB, depC)), Map.of(w.x.id(), depC)));
        List<DepartmentPart> parts = followUps.parts(w.m, f.id());
        assertThat(parts).extracting(DepartmentPart::departmentId).containsExactlyInAnyOrder(w.depA, w.depB, depC);
        // g2 was not chosen: its owners A and B keep it; y keeps its responsible department B
        assertThat(goals(partOf(f, w.depA))).containsExactly(w.g2.id());
        assertThat(activities(partOf(f, w.depA))).isEmpty();
        assertThat(goals(partOf(f, w.depB))).containsExactlyInAnyOrder(w.g1.id(), w.g2.id());
        assertThat(activities(partOf(f, w.depB))).containsExactly(w.y.id());
        assertThat(goals(partOf(f, depC))).containsExactly(w.g1.id());
        assertThat(activities(partOf(f, depC))).containsExactly(w.x.id());
    }

    @Test
    void refusesForeignGoalsEmptyGoalsAndInactiveOrForeignDepartments() {
        FollowUpFixture.World other = fixture.newWorld();
        long closed = department(w.m, "Nedlagda förvaltningen", false);
        refused(new DepartmentAssignment(Map.of(other.g1.id(), Set.of(w.depA)), null), "followup.assignment.unknownGoal");
        refused(new DepartmentAssignment(Map.of(w.g1.id(), Set.of()), null), "followup.assignment.goalWithoutDepartment");
        refused(new DepartmentAssignment(Map.of(w.g1.id(), Set.of(closed)), null), "followup.assignment.unknownDepartment");
        refused(new DepartmentAssignment(Map.of(w.g1.id(), Set.of(other.depA)), null), "followup.assignment.unknownDepartment");
        refused(new DepartmentAssignment(null, Map.of(other.x.id(), w.depA)), "followup.assignment.unknownActivity");
        refused(new DepartmentAssignment(null, Map.of(w.x.id(), other.depB)), "followup.assignment.unknownDepartment");
        assertThat(followUps.listFollowUps(w.m)).isEmpty();
    }

    void refused(DepartmentAssignment assignment, String key) {
        assertThatThrownBy(() -> open(assignment)).isInstanceOf(RuleViolationException.class).hasMessage(key);
    }

    @Test
    void thePageListsGoalsAndActivitiesWithTheOwnersPreselected() throws Exception {
        MockHttpSession coordinator = WebLogin.as(mvc, w.coordinator);
        String list = mvc.perform(get("/follow-ups").session(coordinator)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("action=\"/follow-ups/new\"").contains("Ange rapporterande förvaltningar");

        String html = mvc.perform(get("/follow-ups/new").param("documentId", String.valueOf(w.programme.id())).session(coordinator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Ange rapporterande förvaltningar").contains("Tryggare centrum").contains("Trygghetsvandringar");
        assertThat(html).containsPattern("id=\"goal-" + w.g1.id() + "-dep-" + w.depA + "\"[^>]*checked");
        assertThat(html).doesNotContainPattern("id=\"goal-" + w.g1.id() + "-dep-" + w.depB + "\"[^>]*checked");
        assertThat(html).containsPattern("value=\"" + w.depB + "\" selected[^>]*>Kultur- och fritidsförvaltningen");

        // no department for a goal: the form comes back with the reason, nothing is opened
        String refused = mvc.perform(post("/follow-ups/new").session(coordinator).with(csrf())
                        .param("documentId", String.valueOf(w.programme.id())).param("year", "2021").param("deadline", "2022-02-01")
                        .param("_goalDepartments[" + w.g1.id() + "]", "on")
                        .param("_goalDepartments[" + w.g2.id() + "]", "on").param("goalDepartments[" + w.g2.id() + "]", String.valueOf(w.depA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Välj minst en förvaltning som rapporterar på målet Tryggare centrum");
        assertThat(followUps.listFollowUps(w.m)).isEmpty();

        mvc.perform(post("/follow-ups/new").session(coordinator).with(csrf())
                        .param("documentId", String.valueOf(w.programme.id())).param("year", "2021").param("deadline", "2022-02-01")
                        .param("_goalDepartments[" + w.g1.id() + "]", "on")
                        .param("goalDepartments[" + w.g1.id() + "]", String.valueOf(w.depB))
                        .param("_goalDepartments[" + w.g2.id() + "]", "on")
                        .param("goalDepartments[" + w.g2.id() + "]", String.valueOf(w.depA), String.valueOf(w.depB))
                        .param("activityDepartments[" + w.x.id() + "]", String.valueOf(w.depB))
                        .param("activityDepartments[" + w.y.id() + "]", String.valueOf(w.depB)))
                .andExpect(status().is3xxRedirection());
        FollowUp f = followUps.listFollowUps(w.m).get(0);
        assertThat(goals(partOf(f, w.depA))).containsExactly(w.g2.id());
        assertThat(activities(partOf(f, w.depA))).isEmpty();
        assertThat(goals(partOf(f, w.depB))).containsExactlyInAnyOrder(w.g1.id(), w.g2.id());
        assertThat(activities(partOf(f, w.depB))).containsExactlyInAnyOrder(w.x.id(), w.y.id());
    }

    @Test
    void onlyTheCoordinatorOpensThePage() throws Exception {
        MockHttpSession reporter = WebLogin.as(mvc, w.reporterA);
        mvc.perform(get("/follow-ups/new").param("documentId", String.valueOf(w.programme.id())).session(reporter))
                .andExpect(status().isForbidden());
        mvc.perform(post("/follow-ups/new").session(reporter).with(csrf()).param("documentId", String.valueOf(w.programme.id()))
                .param("year", "2021").param("deadline", "2022-02-01")).andExpect(status().isForbidden());
        assertThat(followUps.listFollowUps(w.m)).isEmpty();
    }

    @Test
    void theApiAcceptsTheAssignmentAndTheOldCallStillWorks() throws Exception {
        String body = """
                {"documentId": %d, "year": 2021, "deadline": "2022-02-01",
                 "goalDepartments": {"%d": [%d]}, "activityDepartments": {"%d": %d}}"""
                .formatted(w.programme.id(), w.g1.id(), w.depB, w.x.id(), w.depB);
        mvc.perform(post("/api/v1/follow-ups").with(httpBasic(w.coordinator, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.year").value(2021));
        FollowUp f = followUps.listFollowUps(w.m).get(0);
        assertThat(goals(partOf(f, w.depA))).containsExactly(w.g2.id());
        assertThat(activities(partOf(f, w.depB))).containsExactlyInAnyOrder(w.x.id(), w.y.id());

        String bad = """
                {"documentId": %d, "year": 2020, "deadline": "2021-02-01", "goalDepartments": {"%d": []}}"""
                .formatted(w.programme.id(), w.g1.id());
        mvc.perform(post("/api/v1/follow-ups").with(httpBasic(w.coordinator, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.goalDepartments").exists());

        String old = """
                {"documentId": %d, "year": 2020, "deadline": "2021-02-01"}""".formatted(w.programme.id());
        mvc.perform(post("/api/v1/follow-ups").with(httpBasic(w.coordinator, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(old))
                .andExpect(status().isCreated());
        FollowUp f2020 = followUps.listFollowUps(w.m).stream().filter(x -> x.year() == 2020).findFirst().orElseThrow();
        assertThat(goals(partOf(f2020, w.depA))).containsExactlyInAnyOrder(w.g1.id(), w.g2.id());
    }
}
