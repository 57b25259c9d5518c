package se.tryggve.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import se.tryggve.testing.WebLogin;

/** The action plan's JSON API and pages: permissions, 404 across municipalities, 400 problems, the link form. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, ActionPlanFixture.class})
class ActionPlanWebTests {

    @Autowired MockMvc mvc;
    @Autowired ActionPlanFixture fixture;
    @Autowired ActionPlans plans;

    ActionPlanFixture.World w;

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

    String links(long activityId) {
        return "/api/v1/governing-documents/" + w.plan.id() + "/measures/" + activityId + "/links";
    }

    @Test
    void theApiLinksMeasuresAndServesTheTraceability() throws Exception {
        mvc.perform(json(put("/api/v1/governing-documents/" + w.plan.id() + "/action-plan/basis"), w.coordinator,
                        "{\"assessmentId\":" + w.a + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assessmentId").value(w.a)).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(as(put(links(w.lighting.id()) + "/causes/" + w.c1), w.coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.problemIds[0]").value(w.p1))
                .andExpect(jsonPath("$.causeIds[0]").value(w.c1));
        mvc.perform(json(put(links(w.walk.id())), w.coordinator, "{\"problemIds\":[" + w.p1 + "],\"indicatorIds\":["
                        + w.planIndicator.id() + "]}").header("If-Match", "\"2\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
        mvc.perform(as(delete(links(w.walk.id()) + "/indicators/" + w.planIndicator.id()), w.coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.indicatorIds").isEmpty());

        mvc.perform(as(get("/api/v1/governing-documents/" + w.plan.id() + "/action-plan"), w.reader))
                .andExpect(status().isOk()).andExpect(jsonPath("$.measures.length()").value(3));
        mvc.perform(as(get(links(w.walk.id())), w.reporter)).andExpect(status().isOk())
                .andExpect(jsonPath("$.problemIds[0]").value(w.p1));
        mvc.perform(as(get("/api/v1/traceability/" + w.plan.id()), w.reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis.title").value("Lägesbild 2024–2025"))
                .andExpect(jsonPath("$.measuresWithoutProblem[0].title").value(w.cleaning.title()))
                .andExpect(jsonPath("$.problemsWithoutMeasure[0].title").value("Otrygghet i Skogås centrum på kvällar"))
                .andExpect(jsonPath("$.problems[0].causes[0].measures[0].title").value(w.lighting.title()));
    }

    @Test
    void theApiRefusesBadLinksWith400AndForeignIdsWith404() throws Exception {
        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        ActionPlanFixture.World other = fixture.newWorld();
        mvc.perform(as(put(links(w.cleaning.id()) + "/problems/" + w.q1), w.coordinator))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.problemId").value(containsString("annan lägesbild")));
        mvc.perform(as(put(links(w.cleaning.id()) + "/widgets/" + w.p1), w.coordinator)).andExpect(status().isBadRequest());
        mvc.perform(as(put(links(w.cleaning.id()) + "/problems/" + other.p1), w.coordinator)).andExpect(status().isNotFound());
        mvc.perform(as(put(links(other.cleaning.id()) + "/problems/" + w.p1), w.coordinator)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/traceability/" + other.plan.id()), w.coordinator)).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/governing-documents/" + w.plan.id() + "/action-plan/basis"), w.coordinator,
                "{\"assessmentId\":" + other.a + "}")).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/governing-documents/" + w.plan.id() + "/action-plan/basis"), w.coordinator,
                "{\"assessmentId\":" + w.b + "}").header("If-Match", "\"0\"")).andExpect(status().isPreconditionFailed());
        mvc.perform(json(put(links(w.cleaning.id())), w.coordinator, "{\"problemIds\":[" + w.p1 + "]}").header("If-Match", "\"x\""))
                .andExpect(status().isBadRequest());
        assertThat(plans.measureLinks(w.m, w.plan.id(), w.cleaning.id()).problemIds()).isEmpty();
    }

    @Test
    void onlyTheCoordinatorAndAdministratorLinkAndStaffRead() throws Exception {
        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        for (String user : new String[] {w.reader, w.reporter, w.secretary}) {
            mvc.perform(as(put(links(w.cleaning.id()) + "/problems/" + w.p1), user)).andExpect(status().isForbidden());
            mvc.perform(as(get("/api/v1/traceability/" + w.plan.id()), user)).andExpect(status().isOk());
        }
        mvc.perform(as(put(links(w.cleaning.id()) + "/problems/" + w.p1), w.admin)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/traceability/" + w.plan.id())).andExpect(status().isUnauthorized());

        var reader = WebLogin.as(mvc, w.reader);
        mvc.perform(get("/action-plans/" + w.plan.id()).session(reader)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Välj lägesbild"))));
        mvc.perform(get("/action-plans/" + w.plan.id() + "/measures/" + w.walk.id()).session(reader)).andExpect(status().isForbidden());
        mvc.perform(post("/action-plans/" + w.plan.id() + "/measures/" + w.walk.id()).session(reader).with(csrf())
                .param("problemIds", String.valueOf(w.p1))).andExpect(status().isForbidden());
    }

    @Test
    void theCoordinatorChoosesTheLagesbildAndLinksAMeasureOnThePages() throws Exception {
        var session = WebLogin.as(mvc, w.coordinator);
        mvc.perform(get("/programmes/" + w.plan.id()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/action-plans/" + w.plan.id())));
        mvc.perform(get("/action-plans/" + w.plan.id()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen lägesbild vald ännu")));
        mvc.perform(post("/action-plans/" + w.plan.id() + "/basis").session(session).with(csrf()).param("assessmentId", "")
                        .param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj en lägesbild som åtgärdsplanen bygger på först")));
        mvc.perform(post("/action-plans/" + w.plan.id() + "/basis").session(session).with(csrf())
                        .param("assessmentId", String.valueOf(w.a)).param("version", "0"))
                .andExpect(redirectedUrl("/action-plans/" + w.plan.id()));

        mvc.perform(get("/action-plans/" + w.plan.id() + "/measures/" + w.walk.id()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mörk gångtunnel utan insyn")));
        mvc.perform(post("/action-plans/" + w.plan.id() + "/measures/" + w.walk.id()).session(session).with(csrf())
                        .param("causeIds", String.valueOf(w.c3)).param("indicatorIds", String.valueOf(w.planIndicator.id()))
                        .param("version", "1"))
                .andExpect(redirectedUrl("/action-plans/" + w.plan.id() + "#measure-" + w.walk.id()));
        assertThat(plans.measureLinks(w.m, w.plan.id(), w.walk.id()).problemIds()).containsExactly(w.p2);

        // a stale form says so instead of overwriting
        mvc.perform(post("/action-plans/" + w.plan.id() + "/measures/" + w.walk.id()).session(session).with(csrf())
                        .param("problemIds", String.valueOf(w.p1)).param("version", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));

        mvc.perform(get("/action-plans/" + w.plan.id()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Åtgärder som inte hanterar något problem")))
                .andExpect(content().string(containsString("Problem som ingen åtgärd hanterar")))
                .andExpect(content().string(containsString("Ingen uppföljning ännu")))
                .andExpect(content().string(containsString("Unga samlas utan meningsfull fritid")));
    }
}
