package se.tryggve.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.tryggve.security.Role;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/** The coordinator writes a lägesbild on the pages; axe passes on every page. Screenshots: target/screenshots/assessment-*.png. */
@BrowserTest
@Import(TestData.class)
class AssessmentBrowserTests {

    @Autowired TestData data;

    @Test
    void theCoordinatorWritesALagesbildSectionBySection(Page page) {
        long m = data.newMunicipality("Webbkommun").id();
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        BrowserSupport.login(page, coordinator);
        page.navigate("/assessments");
        assertThat(page.locator("h1")).hasText("Lägesbild");
        Accessibility.assertNoViolations(page);

        page.getByLabel("Rubrik").fill("Lägesbild 2024–2025");
        page.getByLabel("Från och med").fill("2025-01-01");
        page.getByLabel("Till och med").fill("2024-12-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa")).click();
        assertThat(page.locator(".invalid-feedback")).containsText("Perioden kan inte sluta innan den börjar");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Från och med").fill("2024-01-01");
        page.getByLabel("Till och med").fill("2025-12-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa")).click();
        assertThat(page.locator("h1")).hasText("Lägesbild 2024–2025");
        assertThat(page.locator(".tg-assessment")).containsText("1 januari 2024 – 31 december 2025");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "assessment-01-draft");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera: Analys")).click();
        assertThat(page.locator("h1")).hasText("Analys");
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Tre problem prioriteras.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        page.locator("#problem-title").fill("Klotter vid stationen");
        page.getByLabel("Plats").fill("Flemingsbergs station");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till problem")).click();
        assertThat(page.locator(".card")).containsText("1. Klotter vid stationen");
        page.locator(".card select").first().selectOption("OFFENDER");
        page.locator(".card input[name=text]").first().fill("En liten grupp återkommande klottrare");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till orsak")).click();
        assertThat(page.locator(".card")).containsText("En liten grupp återkommande klottrare");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "assessment-02-analysis");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Källförteckning")).click();
        page.locator("#source-kind").selectOption("REJECTED");
        page.locator("#source-title").fill("Inlägg i sociala medier");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till källa")).click();
        assertThat(page.locator("#source-reason-error, .invalid-feedback").first()).containsText("varför");
        Accessibility.assertNoViolations(page);
        page.locator("#source-reason").fill("Går inte att verifiera");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till källa")).click();
        assertThat(page.locator("main, body").first()).containsText("Går inte att verifiera");

        for (String kind : new String[] {"MAPPING", "OTHER_INFORMATION"}) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(kind.equals("MAPPING") ? "Kartläggning" : "Annan relevant information")).click();
            Accessibility.assertNoViolations(page);
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tillbaka till Lägesbild 2024–2025")).click();
        assertThat(page.locator(".tg-assessment")).containsText("Gärningspersonen");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "assessment-03-document");

        page.navigate("/assessments/settings");
        Accessibility.assertNoViolations(page);
        page.navigate("/assessments");
        assertThat(page.locator("table")).containsText("Utkast");
        Accessibility.assertNoViolations(page);
    }
}
