package se.tryggve.prevention;

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
 * The coordinator records a year's figures, is refused a personal identity number beside the narrative,
 * and sees the real count internally and "färre än 5" as published; axe on every page.
 * Screenshots: target/screenshots/prevention-*.png.
 */
@BrowserTest
@Import({TestData.class, PreventionFixture.class})
class PreventionBrowserTests {

    @Autowired
    PreventionFixture fixture;

    @Test
    void theCoordinatorRecordsAYearAndSeesHowItIsPublished(Page page) {
        var w = fixture.world();
        BrowserSupport.login(page, w.coordinator());
        page.navigate("/prevention");
        assertThat(page.locator("h1")).hasText("Uppföljning av riktlinjen mot våldsbejakande extremism");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "prevention-01-empty");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera uppgifter för ett år")).click();
        page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill("2021");
        page.getByLabel("Utbildningar", new Page.GetByLabelOptions().setExact(true)).fill("6");
        page.getByLabel("Deltagare i utbildningar").fill("120");
        page.getByLabel("Samordningsmöten").fill("3");
        page.getByLabel("Konsultationer och rådgivning").fill("0");
        page.getByLabel("Hanterade orosärenden").fill("12");
        page.getByLabel("Beskrivning av arbetet under året").fill("Samordnaren träffade 811218-9876 efter en orosanmälan.");
        Accessibility.assertNoViolations(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("#narrative-error")).containsText("personnummer");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "prevention-02-personal-number-refused");

        page.getByLabel("Beskrivning av arbetet under året").fill("Samordnaren gav råd till skolor och fritidsgårdar.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("table").first()).containsText("Hela kommunen");
        assertThat(page.locator("#published")).containsText("färre än 5");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "prevention-03-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra Hela kommunen, 2021")).click();
        assertThat(page.locator("h1")).hasText("Ändra uppgifter");
        page.getByLabel("Samordningsmöten").fill("8");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "prevention-04-edit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("#published")).not().containsText("färre än 5");
        assertThat(page.locator("#published")).containsText("8");
    }
}
