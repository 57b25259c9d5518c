package se.tryggve.publication.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.tryggve.publication.feeds.FeedFixture;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The public search and open data pages, without login, in Swedish and English: axe finds no WCAG 2.1 AA
 * violations with results, without results and with a query that was cut; the open data page lists its
 * downloads and licence.
 */
@BrowserTest
@Import({TestData.class, FeedFixture.class})
class SearchBrowserTests {

    @Autowired FeedFixture fixture;

    @Test
    void searchWithAndWithoutResults(Page page) {
        FeedFixture.World w = fixture.create();
        String base = "/kommun/" + w.mu().code();
        page.navigate(base + "/sok");
        page.getByLabel("Sökord").fill("klottret skola");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        assertThat(page.locator("#hits")).containsText("Sanering av klotter");
        assertThat(page.locator("#hits mark").first()).isVisible();
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "search-01-results");

        page.getByLabel("Sökord").fill("<script>alert(1)</script> \"badplatsen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        assertThat(page.locator("#no-hits")).isVisible();
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "search-02-none");

        page.navigate(base + "/sok?lang=en&q=" + "trygghet+".repeat(100));
        assertThat(page.locator("#truncated")).containsText("shortened to 200 characters");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void openDataPage(Page page) {
        FeedFixture.World w = fixture.create();
        page.navigate("/kommun/" + w.mu().code() + "/oppna-data");
        assertThat(page.locator("h1")).containsText("Öppna data från Flödesby kommun");
        assertThat(page.locator("#licence a")).hasAttribute("href", "https://creativecommons.org/publicdomain/zero/1.0/deed.sv");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Incidentstatistik som CSV"))).isVisible();
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "opendata-01");
        page.navigate("/kommun/" + w.mu().code() + "/oppna-data?lang=en");
        assertThat(page.locator("h1")).containsText("Open data from");
        Accessibility.assertNoViolations(page);
    }
}
