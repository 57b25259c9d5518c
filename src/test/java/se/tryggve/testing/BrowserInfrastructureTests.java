package se.tryggve.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;

/** The browser test tools themselves: a check that can never fail is worth nothing. */
@BrowserTest
@Import(TestData.class)
class BrowserInfrastructureTests {

    @Test
    void axeReportsViolationsReadably(Page page) {
        page.setContent("<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<main><img src='data:,'><input id='q'></main></body></html>");
        assertThatThrownBy(() -> Accessibility.assertNoViolations(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label")
                .hasMessageContaining("#q");
    }

    @Test
    void pageResolvesRelativeUrlsAgainstTheApplication(Page page) {
        page.navigate("/login");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("Tryggve"));
        assertThat(page.url()).startsWith("http://localhost:").endsWith("/login");
    }

    @Test
    void screenshotLandsInTargetScreenshots(Page page) {
        page.navigate("/login");
        assertThat(BrowserSupport.screenshot(page, "login")).exists().isNotEmptyFile();
    }
}
