package se.tryggve.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserTest;

/**
 * WCAG 2.1 AA (axe-core) on the account and audit pages in a real browser, logged in as the
 * administrator: lists, forms with errors, own account.
 */
@BrowserTest
class AdminPagesBrowserTests {

    @Test
    void accountAndAuditPagesPassAxe(Page page) {
        page.navigate("/login");
        Accessibility.assertNoViolations(page);
        page.fill("#username", "admin");
        page.fill("#password", "test-admin-password-1");
        page.click("button[type=submit]");

        page.navigate("/admin/users/new");
        Accessibility.assertNoViolations(page);
        // a refused form: errors beside the fields
        page.fill("#username", "ny.person");
        page.fill("#password", "kort");
        page.click("form.tg-form button[type=submit]");
        assertThat(page.content()).contains("Fältet måste fyllas i");
        Accessibility.assertNoViolations(page);

        page.fill("#displayName", "Ny Person");
        page.check("text=Läsare");
        page.fill("#password", "ett-långt-lösenord");
        page.click("form.tg-form button[type=submit]");
        assertThat(page.url()).endsWith("/admin/users");
        Accessibility.assertNoViolations(page);

        page.navigate("/admin/audit");
        assertThat(page.content()).contains("ny.person");
        Accessibility.assertNoViolations(page);
        page.navigate("/admin/audit?from=fel");
        Accessibility.assertNoViolations(page);

        page.navigate("/account");
        Accessibility.assertNoViolations(page);
    }
}
