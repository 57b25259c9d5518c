package se.tryggve.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Part of {@link BrowserTest}: one headless Chromium per test class (launched from the installed
 * Chromium, never downloaded), a fresh browser context per test (no cookies carried over), and a
 * {@link Page} parameter whose relative URLs resolve against the running application. A failing
 * test leaves a screenshot in target/screenshots/failed-&lt;class&gt;-&lt;method&gt;.png.
 */
public class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    @Override
    public void beforeAll(ExtensionContext context) {
        Path executable = BrowserCondition.chromium()
                .orElseThrow(() -> new IllegalStateException("no Chromium, although BrowserCondition let the test run"));
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            context.getStore(NS).put(Playwright.class, playwright);
            context.getStore(NS).put(Browser.class, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // removed from the store before closing, so JUnit does not close them a second time
        Browser browser = context.getStore(NS).remove(Browser.class, Browser.class);
        Playwright playwright = context.getStore(NS).remove(Playwright.class, Playwright.class);
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (playwright != null) {
                playwright.close();
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser browser = context.getStore(NS).get(Browser.class, Browser.class);
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm")
                .setViewportSize(1280, 900));
        browserContext.setDefaultTimeout(15_000);
        Page page = browserContext.newPage();
        context.getStore(NS).put(BrowserContext.class, browserContext);
        context.getStore(NS).put(Page.class, page);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserContext browserContext = context.getStore(NS).remove(BrowserContext.class, BrowserContext.class);
        Page page = context.getStore(NS).remove(Page.class, Page.class);
        if (browserContext == null) {
            return;
        }
        try {
            if (page != null && context.getExecutionException().isPresent()) {
                BrowserSupport.screenshot(page, "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        } catch (RuntimeException ignored) {
            // the screenshot only helps to diagnose; the test's own failure is what counts
        } finally {
            browserContext.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Page page = extensionContext.getStore(NS).get(Page.class, Page.class);
        if (page == null) {
            throw new IllegalStateException("a Page is available only in test methods and @BeforeEach/@AfterEach methods");
        }
        return page;
    }
}
