package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The graffiti follow-up in Chromium on the demo: the statistics page draws its charts from the static
 * script without console errors, the guideline's targets and the import pages; an import runs with the
 * progress bar polled by htmx and shows its validation report; axe on every page. Screenshots in
 * target/screenshots/incident-stats-*.png.
 */
@BrowserTest
@TestPropertySource(properties = "tryggve.demo.enabled=true")
@Import(TestData.class)
class IncidentStatisticsBrowserTests {

    @Test
    void statisticsGuidelineAndImportPages(Page page) {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().contains("favicon")) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        BrowserSupport.login(page, "admin", "test-admin-password-1");

        page.navigate("/incidents/statistics?year=2021");
        page.waitForSelector("canvas[data-chart-drawn=true]");
        assertThat(page.locator("#summary").textContent()).contains("Anmälningar");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incident-stats-2021");

        page.navigate("/incidents/statistics");
        page.waitForSelector("canvas[data-chart-drawn=true]");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incident-stats-period");

        page.navigate("/incidents/graffiti-guideline");
        assertThat(page.locator("#documentId option[selected]").textContent()).contains("klotter");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incident-stats-guideline");
        page.locator("form[action$='/incidents/graffiti-guideline'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/incidents/graffiti-guideline$"));
        assertThat(page.content()).contains("alert-success");

        page.navigate("/incidents/import");
        Accessibility.assertNoViolations(page);
        page.setInputFiles("#file", new FilePayload("historik.csv", "text/csv", """
                rapporterad;kategori;sanerad;kostnad
                2017-05-02 10:00;graffiti;2017-05-03 09:00;1200
                igår;graffiti;;
                """.getBytes(StandardCharsets.UTF_8)));
        page.locator("#mode-skip").check();
        page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/incidents/import/\\d+$"));
        page.waitForSelector("#import-errors");
        assertThat(page.locator("#import-progress").textContent()).contains("1 importerade");
        assertThat(page.locator("#import-errors").textContent()).contains("3").contains("reported_at");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incident-stats-import");
        assertThat(errors).isEmpty();
    }
}
