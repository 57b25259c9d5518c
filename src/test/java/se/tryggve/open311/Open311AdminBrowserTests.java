package se.tryggve.open311;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The administrator creates an api key (shown once), revokes it, and looks at the services; axe passes
 * on every page. Screenshots: target/screenshots/open311-*.png.
 */
@BrowserTest
@Import({TestData.class, Open311Fixture.class})
class Open311AdminBrowserTests {

    @Autowired
    Open311Fixture fixture;

    @Test
    void theAdministratorCreatesAndRevokesAKey(Page page) {
        var w = fixture.world();
        BrowserSupport.login(page, w.admin());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open311").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("API-nycklar för Open311");
        BrowserSupport.screenshot(page, "open311-00-keys");
        Accessibility.assertNoViolations(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa nyckel")).click();
        assertThat(page.locator(".invalid-feedback")).containsText("Ange appens namn.");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "open311-01-form-error");

        page.getByLabel("Appens namn").fill("Trygg i Huddinge");
        page.getByLabel("Kontaktperson eller e-postadress").fill("app@example.se");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa nyckel")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kopiera nyckeln nu");
        org.assertj.core.api.Assertions.assertThat(page.getByLabel("Nyckel", new Page.GetByLabelOptions().setExact(true))
                .inputValue()).hasSizeGreaterThan(40);
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "open311-02-key-created");

        page.reload();
        assertThat(page.locator("#new-key")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Återkalla nyckeln för Trygg i Huddinge")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nyckeln är återkallad.");
        assertThat(page.locator("table")).containsText("Återkallad");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "open311-03-revoked");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open311-tjänster")).click();
        assertThat(page.locator("h1")).hasText("Open311-tjänster");
        assertThat(page.locator("body")).containsText("Vad är klottrat?");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "open311-04-services");
    }
    @Test
    void theAdministratorChangesAServiceDefinitionOnThePage(Page page) {
        var w = fixture.world();
        BrowserSupport.login(page, w.admin());
        page.navigate("/admin/open311/services");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra tjänsten Klotter").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Ändra Open311-tjänsten Klotter");
        Accessibility.assertNoViolations(page);

        // a new attribute with an invalid code: the message beside that row's field, nothing saved
        page.locator("#attributes2\\.code").fill("höjd i meter");
        page.locator("#attributes2\\.description").fill("Hur högt upp sitter klottret?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara tjänsten")).click();
        assertThat(page.locator("#attributes2\\.code-error")).isVisible();
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "open311-05-service-error");

        page.locator("#attributes2\\.code").fill("height");
        page.locator("#attributes2\\.datatype").selectOption("number");
        page.getByLabel("Nyckelord").fill("klotter, tagg, graffiti");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara tjänsten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tjänsten är sparad.");
        assertThat(page.locator("body")).containsText("Hur högt upp sitter klottret?");
        assertThat(page.locator("body")).containsText("klotter, tagg, graffiti");
        // and the apps see it in the service definition
        page.navigate("/open311/v2/services/graffiti.json?jurisdiction_id=" + w.code());
        assertThat(page.locator("body")).containsText("\"code\":\"height\"");
    }
}
