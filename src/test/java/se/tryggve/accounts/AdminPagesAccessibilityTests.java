package se.tryggve.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestGroups;

/**
 * WCAG 2.1 AA (axe-core) on the account and audit pages in a real browser, logged in as the
 * administrator: lists, forms with errors, own account.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminPagesAccessibilityTests {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TRYGGVE_TEST_CHROMIUM", "/usr/bin/chromium"));

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browser() {
        boolean available = Files.isExecutable(CHROMIUM);
        if (!available && TestGroups.required(TestGroups.BROWSER)) {
            throw new IllegalStateException("TRYGGVE_TESTS_REQUIRE includes browser, but there is no Chromium at " + CHROMIUM);
        }
        Assumptions.assumeTrue(available, "browser test skipped: no Chromium at " + CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(results.getViolations())
                .as(() -> page.url() + ": " + results.getViolations().stream()
                        .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList()).toList())
                .isEmpty();
    }

    @Test
    void accountAndAuditPagesPassAxe() {
        String base = "http://localhost:" + port;
        try (var context = browser.newContext(); Page page = context.newPage()) {
            page.navigate(base + "/login");
            assertAccessible(page);
            page.fill("#username", "admin");
            page.fill("#password", "test-admin-password-1");
            page.click("button[type=submit]");

            page.navigate(base + "/admin/users/new");
            assertAccessible(page);
            // a refused form: errors beside the fields
            page.fill("#username", "ny.person");
            page.fill("#password", "kort");
            page.click("form.tg-form button[type=submit]");
            assertThat(page.content()).contains("Fältet måste fyllas i");
            assertAccessible(page);

            page.fill("#displayName", "Ny Person");
            page.check("text=Läsare");
            page.fill("#password", "ett-långt-lösenord");
            page.click("form.tg-form button[type=submit]");
            assertThat(page.url()).endsWith("/admin/users");
            assertAccessible(page);

            page.navigate(base + "/admin/audit");
            assertThat(page.content()).contains("ny.person");
            assertAccessible(page);
            page.navigate(base + "/admin/audit?from=fel");
            assertAccessible(page);

            page.navigate(base + "/account");
            assertAccessible(page);
        }
    }
}
