package se.tryggve.actionplan;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.governance.ActivityData;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.incidents.Channel;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.Position;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** The public summary /lagesbild, without login: only the adopted lägesbild and adopted plans, small counts hidden. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, ActionPlanFixture.class})
class PublicSummaryTests {

    @Autowired MockMvc mvc;
    @Autowired ActionPlanFixture fixture;
    @Autowired ActionPlans plans;
    @Autowired Incidents incidents;

    ActionPlanFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
    }

    @Test
    void nothingFromADraftIsPublished() throws Exception {
        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        plans.linkMeasure(w.m, w.plan.id(), w.walk.id(), LinkType.PROBLEM, w.p1);
        w.adoptPlan(w.plan.id());
        mvc.perform(get("/lagesbild").param("kommun", w.code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen antagen lägesbild ännu")))
                .andExpect(content().string(not(containsString("Klotter vid Flemingsbergs station"))))
                .andExpect(content().string(not(containsString(w.walk.title()))));
    }

    @Test
    void showsTheAdoptedLagesbildItsAdoptedPlanAndHidesSmallCounts() throws Exception {
        // B (2022–2023) is adopted; A (2024–2025) stays a draft and its plan (w.plan) is not published
        w.adoptAssessment(w.b, LocalDate.of(2023, 12, 14));
        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        plans.linkMeasure(w.m, w.plan.id(), w.walk.id(), LinkType.PROBLEM, w.p1);
        GoverningDocument old = w.actionPlan("Åtgärdsplan 2023");
        var lock = w.measureIn(old, "Lås på förrådsdörrarna");
        w.measureIn(old, "Informationsblad om förråd");
        plans.chooseBasis(w.m, old.id(), null, w.b);
        plans.linkMeasure(w.m, old.id(), lock.id(), LinkType.CAUSE, w.d1);
        GoverningDocument draftPlan = w.actionPlan("Utkast till åtgärdsplan");
        plans.chooseBasis(w.m, draftPlan.id(), null, w.b);

        mvc.perform(get("/lagesbild").param("kommun", w.code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen antagen åtgärdsplan ännu")));

        w.adoptPlan(old.id());
        for (int i = 0; i < 6; i++) {
            report("graffiti", Instant.parse("2023-03-0" + (i + 1) + "T10:00:00Z"), "Privat fritext " + i);
        }
        report("vandalism", Instant.parse("2023-05-02T10:00:00Z"), "Privat fritext v1");
        report("vandalism", Instant.parse("2023-05-03T10:00:00Z"), "Privat fritext v2");
        report("graffiti", Instant.parse("2025-03-01T10:00:00Z"), "Utanför perioden");

        mvc.perform(get("/lagesbild").param("kommun", w.code)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lägesbild 2022–2023"), containsString("14 december 2023"),
                        containsString("1 januari 2022"), containsString("Inbrott i förråd"), containsString("Olåsta förrådsdörrar"),
                        containsString("Åtgärdsplan 2023"), containsString("Lås på förrådsdörrarna"),
                        containsString("Informationsblad om förråd"), containsString("1. Inbrott i förråd"))))
                // six graffiti reports are shown, two vandalism reports are "färre än 5"
                .andExpect(content().string(containsString(">6</td>")))
                .andExpect(content().string(containsString("färre än 5")))
                .andExpect(content().string(not(containsString(">2</td>"))))
                .andExpect(content().string(not(containsString("Privat fritext"))))
                .andExpect(content().string(not(containsString("Klotter vid Flemingsbergs station"))))
                .andExpect(content().string(not(containsString(w.walk.title()))))
                .andExpect(content().string(not(containsString("Utkast till åtgärdsplan"))));
    }

    @Test
    void aMalformedCodeIs400AndAnUnknownOne404() throws Exception {
        mvc.perform(get("/lagesbild").param("kommun", "12a")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kommunkoden ska vara fyra siffror")));
        mvc.perform(get("/lagesbild").param("kommun", "0001")).andExpect(status().isNotFound());
        mvc.perform(get("/lagesbild")).andExpect(status().isOk());
    }

    private void report(String category, Instant at, String text) {
        incidents.reportIncident(w.m, new NewIncident(category, Channel.STAFF, at, new Position(59.2366, 17.9816),
                "Stationsvägen 1", text, null, null, null, null, null));
    }
}
