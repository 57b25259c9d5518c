package se.tryggve.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import se.tryggve.governance.Direction;
import se.tryggve.governance.Governance;
import se.tryggve.governance.Indicator;
import se.tryggve.governance.IndicatorData;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The indicator page in Chromium: the trend chart is drawn from the static script (no console
 * errors), axe passes on it and on the part page with its indicator fields. Screenshots land in
 * target/screenshots/indicator-*.png.
 */
@BrowserTest
@Import({TestData.class, FollowUpFixture.class})
class IndicatorBrowserTests {

    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;
    @Autowired
    IndicatorValues values;
    @Autowired
    Governance governance;
    @Autowired
    se.tryggve.organisation.Municipalities municipalities;

    /** Console errors and failed requests of the page from now on, without the page's address. */
    static List<String> consoleErrors(Page page) {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        page.onResponse(r -> {
            if (r.status() >= 400) {
                errors.add(r.status() + " " + r.url());
            }
        });
        return errors;
    }

    /**
     * The errors of the indicator page that a page without a chart does not have too (the layout's own,
     * e.g. a missing favicon, are not this page's to fix).
     */
    static List<String> ownErrors(Page page, List<String> errors, String url) {
        errors.clear();
        page.navigate("/follow-ups");
        page.waitForLoadState();
        List<String> baseline = List.copyOf(errors);
        errors.clear();
        page.navigate(url);
        page.waitForSelector("canvas[data-chart-drawn=true]");
        return errors.stream().filter(e -> !baseline.contains(e)).toList();
    }

    @Test
    void theTrendChartIsDrawnAndThePageIsAccessible(Page page) {
        FollowUpFixture.World w = fixture.newWorld();
        Indicator withTargets = governance.addIndicator(w.m, w.programme.id(), new IndicatorData(null,
                "Andel som känner sig trygga ute på kvällen", "procent", Direction.HIGHER_IS_BETTER, IndicatorSource.SURVEY,
                null, 2017, new BigDecimal("61"), Map.of(2019, new BigDecimal("65"), 2021, new BigDecimal("70")), null));
        values.recordValue(w.m, withTargets.id(), 2018, new BigDecimal("62.5"), null, IndicatorValue.Source.ENTERED, null);
        values.recordValue(w.m, withTargets.id(), 2019, null, "Enkäten genomfördes inte under pandemin",
                IndicatorValue.Source.ENTERED, null);
        values.recordValue(w.m, withTargets.id(), 2020, new BigDecimal("66"), null, IndicatorValue.Source.ENTERED, null);
        List<String> errors = consoleErrors(page);

        BrowserSupport.login(page, w.coordinator);
        assertThat(ownErrors(page, errors, "/follow-ups/indicators/" + withTargets.id())).isEmpty();
        assertThat(page.locator("h1")).hasText("Andel som känner sig trygga ute på kvällen");
        assertThat(page.locator("canvas#indicator-chart")).hasAttribute("role", "img");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^2019"))))
                .containsText("Saknas: Enkäten genomfördes inte under pandemin");
        Object drawn = page.evaluate("() => { const c = Chart.getChart(document.getElementById('indicator-chart'));"
                + " return [c.data.datasets.length, c.data.datasets[0].data[2], c.data.datasets[1].borderDash]; }");
        assertThat(drawn.toString()).isEqualTo("[3, null, [6, 4]]");
        assertThat(page.content()).doesNotContain("??");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "indicator-01-trend");

        // the part page with the indicator fields of department A's goal
        FollowUp f = followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
        DepartmentPart partA = followUps.parts(w.m, f.id()).stream().filter(p -> p.departmentId() == w.depA).findFirst()
                .orElseThrow();
        page.navigate("/follow-ups/" + f.id() + "/parts/" + partA.id());
        page.locator("#indicators0\\.value").fill("abc");
        page.locator("#goals0\\.work").fill("Vandringar i centrum.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara utkast")).click();
        assertThat(page.locator("#indicators0-value-error")).hasText("Ange ett tal");
        assertThat(page.locator("#goals0\\.work")).hasValue("Vandringar i centrum.");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "indicator-02-part-error");
        page.locator("#indicators0\\.value").fill("1 050,5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara utkast")).click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("#indicators0\\.value")).hasValue("1050,5");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "indicator-03-part-saved");
        assertThat(values.value(w.m, w.i1.id(), 2020).orElseThrow().value()).isEqualByComparingTo("1050.5");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visa trend")).click();
        page.waitForSelector("canvas[data-chart-drawn=true]");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "indicator-04-trend-entered");

        // upload a Kolada file through the real server (multipart with the CSRF token in the form)
        String code = municipalities.find(w.m).orElseThrow().code();
        String json;
        try (var in = getClass().getResourceAsStream("/kolada/N07403.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("MUNICIPALITY", code);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.locator("#kolada-file").setInputFiles(new FilePayload("kolada.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera fil")).click();
        assertThat(page.locator(".alert-info")).containsText("3 värden importerade, 1 saknas");
        assertThat(page.locator(".alert-info")).containsText("Rad 3 hoppades över: fel nyckeltal (N00945).");
        page.waitForSelector("canvas[data-chart-drawn=true]");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "indicator-05-kolada-imported");
        assertThat(values.value(w.m, w.i1.id(), 2019).orElseThrow().missingReason()).isEqualTo("Saknas i Kolada (status: Missing)");
    }
}
