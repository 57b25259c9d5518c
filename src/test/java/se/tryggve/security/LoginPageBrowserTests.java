package se.tryggve.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/** The login page as a person with a browser — and with only a keyboard — meets it. */
@BrowserTest
@Import(TestData.class)
class LoginPageBrowserTests {

    @Value("${tryggve.admin-password}")
    String adminPassword;
    @Autowired
    TestData testData;
    @Autowired
    Municipalities municipalities;

    @Test
    void loginPageMeetsWcag21AA(Page page) {
        page.navigate("/login");
        Accessibility.assertNoViolations(page);
        page.navigate("/login?error");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "login-error");
        page.navigate("/login?lang=en");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void adminLogsInWithTheKeyboardOnly(Page page) {
        page.navigate("/login");
        // A keyboard user reaches the skip link first, follows it and tabs into the form.
        page.locator(".skip-link").focus();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("username");
        page.keyboard().type("admin");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("password");
        page.keyboard().type(adminPassword);
        page.keyboard().press("Enter");

        page.waitForURL(url -> !url.contains("/login"));
        assertThat(BrowserSupport.logoutButton(page)).isVisible();
        assertThat(BrowserSupport.logoutButton(page)).hasText("Logga ut");
        BrowserSupport.screenshot(page, "after-login");
        // the layout as a logged-in user sees it (navigation, user name, logout) meets WCAG too
        Accessibility.assertNoViolations(page);
    }

    @Test
    void logoutEndsTheSessionAndSaysSo(Page page) {
        BrowserSupport.login(page, "admin", adminPassword);
        BrowserSupport.logoutButton(page).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du är utloggad.");
        page.navigate("/organisation");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    @Test
    void wrongPasswordShowsSwedishErrorAsAlert(Page page) {
        long huddinge = municipalities.findByCode("0126").orElseThrow().id();
        String user = testData.newUser(huddinge, null, Role.READER);

        BrowserSupport.login(page, user, "not-the-password");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Fel användarnamn eller lösenord, eller så är kontot tillfälligt låst efter flera misslyckade försök.");
        assertThat(BrowserSupport.logoutButton(page)).hasCount(0);
    }

    @Test
    void englishSwitchShowsLoginPageInEnglish(Page page) {
        page.navigate("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Logga in i Tryggve");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?lang=en$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Log in to Tryggve");
        assertThat(page.getByLabel("Username")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
    }

    @Test
    void skipLinkIsHiddenUntilFocusedAndMovesFocusToMainContent(Page page) {
        page.navigate("/login");
        var skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hoppa till innehållet"));
        assertThat(skipLink).hasAttribute("href", "#main");
        assertThat(skipLink.boundingBox().width).isLessThanOrEqualTo(1.0);

        skipLink.focus();
        assertThat(skipLink).isFocused();
        assertThat(skipLink.boundingBox().width).isGreaterThan(10.0);

        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
    }
}
