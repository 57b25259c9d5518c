package se.tryggve.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserTest;

/** WCAG 2.1 AA (axe-core) on the administrator's system page, in Swedish and in English. */
@BrowserTest
class SystemPageBrowserTests {

    @Test
    void systemPagePassesAxeInSwedishAndEnglish(Page page) {
        page.navigate("/login");
        page.fill("#username", "admin");
        page.fill("#password", "test-admin-password-1");
        page.click("button[type=submit]");

        page.navigate("/admin/system");
        assertThat(page.locator("h1").textContent()).isEqualTo("Systemstatus");
        assertThat(page.locator("#jobs").textContent()).contains("AssessmentReminders");
        Accessibility.assertNoViolations(page);

        page.navigate("/admin/system?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("System status");
        Accessibility.assertNoViolations(page);
    }
}
