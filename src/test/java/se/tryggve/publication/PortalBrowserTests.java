package se.tryggve.publication;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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
 * The public portal in Chromium, without login, on the demo: every public page type in Swedish and in English
 * against WCAG 2.1 AA (axe-core; lag (2018:1937) om tillgänglighet till digital offentlig service), the page's
 * language in {@code <html lang>}, the skip link, and a visible keyboard focus. Screenshots in
 * target/screenshots/portal-*.png.
 */
@BrowserTest
@TestPropertySource(properties = "tryggve.demo.enabled=true")
@Import(TestData.class)
class PortalBrowserTests {

    /** The public page types: lists and one detail page of each kind from the demo. */
    static List<String> pageTypes(Page page) {
        List<String> paths = new ArrayList<>(List.of("/kommun", "/kommun/0126", "/kommun/0126/styrdokument"));
        page.navigate("/kommun/0126/styrdokument");
        String document = page.locator("#documents a").first().getAttribute("href");
        paths.add(document);
        paths.addAll(List.of("/kommun/0126/statistik", "/tillganglighet", "/login"));
        for (String[] list : new String[][]{{"/kommun/0126/sammantraden", "#meetings tbody a:not([href$='.pdf'])"},
                {"/kommun/0126/uppfoljningar", "#reports tbody a:not([href$='.pdf'])"}}) {
            Response r = page.navigate(list[0]);
            if (r != null && r.status() == 200) {
                paths.add(list[0]);
                var first = page.locator(list[1]).first();
                if (first.count() > 0) {
                    paths.add(first.getAttribute("href"));
                }
                // an adjusted meeting too: decisions, extracts and a masked confidential paragraph
                var adjusted = page.locator("#meetings tbody tr:has(a[href$='.pdf']) a:not([href$='.pdf'])").first();
                if (adjusted.count() > 0 && !paths.contains(adjusted.getAttribute("href"))) {
                    paths.add(adjusted.getAttribute("href"));
                }
            }
        }
        return paths;
    }

    @Test
    void everyPublicPageTypePassesAxeInSwedishAndEnglish(Page page) {
        List<String> failures = new ArrayList<>();
        List<String> paths = pageTypes(page);
        for (String lang : List.of("sv", "en")) {
            int n = 0;
            for (String path : paths) {
                Response r = page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                if (r == null || r.status() != 200) {
                    failures.add(path + " answered " + (r == null ? "nothing" : r.status()));
                    continue;
                }
                if (!lang.equals(page.locator("html").getAttribute("lang"))) {
                    failures.add(path + " has lang=" + page.locator("html").getAttribute("lang") + " in " + lang);
                }
                if (page.content().contains("??")) {
                    failures.add(path + " shows an untranslated message key");
                }
                try {
                    Accessibility.assertNoViolations(page);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
                BrowserSupport.screenshot(page, "portal-" + lang + "-" + (++n));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theSkipLinkComesFirstAndMovesFocusToTheContent(Page page) {
        page.navigate("/kommun/0126");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.className").toString()).contains("skip-link");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*#main$"));
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
        // the next Tab goes into the content, not back into the menu
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.closest('main') !== null")).isEqualTo(true);
    }

    @Test
    void keyboardFocusIsVisibleOnEveryLinkOfTheStartPage(Page page) {
        page.navigate("/kommun/0126");
        int links = page.locator("a").count();
        for (int i = 0; i < Math.min(links, 40); i++) {
            page.keyboard().press("Tab");
            Object style = page.evaluate("""
                    () => { const e = document.activeElement; if (!e || e === document.body) return 'body';
                            const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }""");
            if ("body".equals(style)) {
                break;
            }
            assertThat(style.toString()).as("focus outline of tab stop " + i).doesNotStartWith("none").doesNotEndWith(" 0px");
        }
        page.navigate("/tillganglighet?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        page.navigate("/tillganglighet?lang=sv");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("h1")).hasText("Tillgänglighetsredogörelse");
    }

    @Test
    void theLoginPageAndEveryFooterLeadToThePortal(Page page) {
        page.navigate("/login");
        page.locator("#portal-link").click();
        page.waitForURL(Pattern.compile(".*/kommun$"));
        page.locator("footer a[href='/tillganglighet']").click();
        page.waitForURL(Pattern.compile(".*/tillganglighet$"));
        assertThat(page.locator("h1")).hasText("Tillgänglighetsredogörelse");
    }
}
