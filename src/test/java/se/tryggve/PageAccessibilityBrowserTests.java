package se.tryggve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * Every page type of the application against WCAG 2.1 AA (axe-core), as the administrator of the
 * demo installation, so lists and detail pages have real content. All pages are checked before the
 * test fails, and the failure names every page with its violations.
 */
@BrowserTest
@TestPropertySource(properties = "tryggve.demo.enabled=true")
@Import(TestData.class)
class PageAccessibilityBrowserTests {

    static final String PROGRAMME = "Program för trygghet och säkerhet 2018–2021";

    final List<String> failures = new ArrayList<>();

    void check(Page page, String path, String screenshot) {
        Response response = page.navigate(path);
        check(page, response, screenshot);
    }

    void check(Page page, Response response, String screenshot) {
        String url = page.url();
        if (response != null && response.status() >= 400 && !url.contains("/no-such-page")) {
            failures.add(url + " answered " + response.status());
        }
        if (page.content().contains("??")) {
            failures.add(url + " shows an untranslated message key (??key??)");
        }
        try {
            Accessibility.assertNoViolations(page);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
        if (screenshot != null) {
            BrowserSupport.screenshot(page, screenshot);
        }
    }

    /** The href of the first link matching the selector on the current page. */
    static String firstHref(Page page, String selector) {
        return page.locator(selector).first().getAttribute("href");
    }

    @Test
    void everyPageTypePassesAxe(Page page) {
        BrowserSupport.login(page, "admin", "test-admin-password-1");

        check(page, "/programmes", "pages-programmes");
        page.getByText(PROGRAMME, new Page.GetByTextOptions().setExact(true)).first().click();
        page.waitForURL(Pattern.compile(".*/programmes/\\d+$"));
        String overview = page.url();
        long documentId = Long.parseLong(overview.substring(overview.lastIndexOf('/') + 1));
        check(page, overview, null);
        String goal = firstHref(page, "a[href*='/goals/']");
        check(page, goal, "pages-goal");
        check(page, "/programmes/" + documentId + "/edit", null);
        check(page, "/programmes/" + documentId + "/adopt", null);
        check(page, "/programmes/" + documentId + "/areas/new", null);
        check(page, "/programmes/" + documentId + "/indicators/new", null);

        check(page, "/activities", null);
        page.navigate("/activities");
        page.locator("#f-status").selectOption("ONGOING");
        page.locator("#f-document").selectOption(String.valueOf(documentId));
        page.locator("form[role=search] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*status=ONGOING.*"));
        check(page, page.url(), "pages-activities-filtered");
        check(page, "/activities/new?documentId=" + documentId, null);
        page.navigate(overview);
        check(page, firstHref(page, "a[href*='/activities/'][href$='/edit']"), "pages-activity-form");

        check(page, "/organisation", "pages-organisation");
        for (String kind : List.of("departments", "bodies", "parties", "people")) {
            check(page, "/organisation/" + kind, "pages-organisation-" + kind);
            check(page, "/organisation/" + kind + "/new", null);
            // the same form refused: errors beside the fields
            page.locator("main form[method=post] button[type=submit]").last().click();
            page.waitForLoadState();
            if (page.locator(".is-invalid").count() == 0) {
                failures.add(kind + ": an empty form shows no field marked invalid");
            }
            check(page, (Response) null, "pages-" + kind + "-form-error");
            page.navigate("/organisation/" + kind);
            if (page.locator("main a[href$='/edit']").count() > 0) {
                check(page, firstHref(page, "main a[href$='/edit']"), null);
            }
        }
        page.navigate("/organisation/people");
        String person = (String) page.evaluate("() => [...document.querySelectorAll('main a')].map(a => a.getAttribute('href'))"
                + ".find(h => /\\/organisation\\/people\\/\\d+$/.test(h))");
        assertThat(person).as("a link to a person page").isNotNull();
        check(page, person, "pages-person");
        if (page.locator("main a[href*='/memberships/']").count() > 0) {
            check(page, firstHref(page, "main a[href*='/memberships/']"), null);
        }
        check(page, "/organisation/settings", "pages-organisation-settings");

        check(page, "/admin/users", "pages-users");
        check(page, "/admin/users/new", null);
        page.navigate("/admin/users");
        check(page, firstHref(page, "main a[href$='/edit']"), null);
        check(page, "/account", "pages-account");
        check(page, "/admin/audit", "pages-audit");

        check(page, "/no-such-page", "pages-404");
        assertThat(page.locator("h1").textContent()).isEqualTo("Sidan eller uppgiften finns inte");

        check(page, overview + "?lang=en", "pages-programme-en");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        check(page, "/organisation", null);
        check(page, "/activities/new?documentId=" + documentId, null);
        page.navigate("/programmes?lang=sv");

        assertThat(failures).as(() -> String.join("\n", failures)).isEmpty();
    }
}
