package se.tryggve.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that drives the running application (random port, H2) in a headless Chromium through
 * Playwright. Test methods take a {@link com.microsoft.playwright.Page} parameter: a fresh browser
 * context per test, whose relative URLs resolve against the application
 * ({@code page.navigate("/login")}). One browser per test class.
 * <p>
 * Needs a Chromium (TRYGGVE_CHROMIUM, else /usr/bin/chromium, else chromium-browser on the PATH).
 * Without one the tests are skipped and named in the summary at the end of the run — or fail when
 * TRYGGVE_TESTS_REQUIRE contains browser. Runs in the H2 pass only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
@ExtendWith(BrowserCondition.class)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
