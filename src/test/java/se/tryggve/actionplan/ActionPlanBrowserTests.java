package se.tryggve.actionplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import se.tryggve.governance.ActivityData;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The coordinator bases the action plan on the lägesbild, sees the traceability warnings and links a measure;
 * then the public, logged out, reads the summary of the adopted lägesbild. axe on every page.
 */
@BrowserTest
@Import({TestData.class, ActionPlanFixture.class})
class ActionPlanBrowserTests {

    @Autowired ActionPlanFixture fixture;
    @Autowired ActionPlans plans;

    @Test
    void theCoordinatorTracesProblemsToMeasuresAndThePublicReadsTheSummary(Page page) {
        ActionPlanFixture.World w = fixture.newWorld();
        plans.chooseBasis(w.m, w.plan.id(), null, w.b);
        plans.chooseBasis(w.m, w.plan.id(), null, w.a); // no links yet: the basis may still change
        plans.linkMeasure(w.m, w.plan.id(), w.lighting.id(), LinkType.CAUSE, w.c1);
        BrowserSupport.login(page, w.coordinator);

        page.navigate("/programmes/" + w.plan.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spårbarhet: problem, åtgärder och resultat")).click();
        assertThat(page.locator("h1")).containsText("Åtgärdsplan 2025–2026");
        assertThat(page.locator("#warning-measures")).containsText(w.walk.title());
        assertThat(page.locator("#warning-measures")).containsText(w.cleaning.title());
        assertThat(page.locator("#warning-problems")).containsText("Otrygghet i Skogås centrum på kvällar");
        assertThat(page.locator("#problem-" + w.p1)).containsText(w.lighting.title());
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "actionplan-01-traceability");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Koppla åtgärden " + w.walk.title())).click();
        page.getByLabel("Gärningspersonen: Unga samlas utan meningsfull fritid").check();
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "actionplan-02-links");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara kopplingar")).click();
        assertThat(page.locator(".alert-success")).containsText("Kopplingarna är sparade");
        assertThat(page.locator("#warning-problems")).hasCount(0);
        assertThat(page.locator("#warning-measures")).containsText(w.cleaning.title());
        assertThat(page.locator("#warning-measures")).not().containsText(w.walk.title());

        // the public summary: the adopted lägesbild B and its adopted plan, without login
        w.adoptAssessment(w.b, LocalDate.of(2023, 12, 14));
        var old = w.actionPlan("Åtgärdsplan 2023");
        var lock = w.measureIn(old, "Lås på förrådsdörrarna");
        plans.chooseBasis(w.m, old.id(), null, w.b);
        plans.linkMeasure(w.m, old.id(), lock.id(), LinkType.PROBLEM, w.q1);
        w.adoptPlan(old.id());
        BrowserSupport.logoutButton(page).click();
        page.navigate("/lagesbild");
        page.getByLabel("Kommun").selectOption(new SelectOption().setLabel("Planby"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();
        assertThat(page.locator("h2").first()).containsText("Lägesbild 2022–2023");
        assertThat(page.locator("main")).containsText("Lås på förrådsdörrarna");
        assertThat(page.locator("main")).not().containsText("Klotter vid Flemingsbergs station");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "actionplan-03-public");
    }
}
