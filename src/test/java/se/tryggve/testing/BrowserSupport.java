package se.tryggve.testing;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Steps that many browser tests share: logging in through the real login page, screenshots. */
public final class BrowserSupport {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BrowserSupport() {
    }

    /** Logs in through the login page as a user would; afterwards the page shows where login led. */
    public static void login(Page page, String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        // the form posts to /login and is redirected: to /login?error, or on into the application
        page.waitForURL(url -> !url.endsWith("/login"));
    }

    /** Logs in as a user made by {@link TestData#newUser}. */
    public static void login(Page page, String username) {
        login(page, username, TestData.PASSWORD);
    }

    /** Saves a full-page screenshot as target/screenshots/&lt;name&gt;.png and returns its path. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** The logout button of the layout; present only for a logged-in user. */
    public static com.microsoft.playwright.Locator logoutButton(Page page) {
        return page.locator("form[action$='/logout']").getByRole(AriaRole.BUTTON);
    }
}
