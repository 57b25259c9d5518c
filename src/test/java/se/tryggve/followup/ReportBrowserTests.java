package se.tryggve.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/** The report preview in Chromium (axe) and the PDF download from it. Screenshot: target/screenshots/report-preview.png. */
@BrowserTest
@Import({TestData.class, FollowUpFixture.class, ReportFixture.class})
class ReportBrowserTests {

    @Autowired
    ReportFixture reports;

    @Test
    void previewIsAccessibleAndDownloadsThePdf(Page page) throws Exception {
        ReportFixture.History h = reports.newHistory();
        BrowserSupport.login(page, h.w().reader);
        page.navigate("/follow-ups/" + h.y2021().id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förhandsgranska rapporten")).click();
        page.waitForURL("**/follow-ups/" + h.y2021().id() + "/report");
        assertThat(page.locator("h1")).hasText("Uppföljning av Program för trygghet och säkerhet avseende 2021");
        assertThat(page.locator(".subgoal").first()).hasCSS("font-style", "italic");
        assertThat(page.locator("img.chart").first()).hasAttribute("alt", java.util.regex.Pattern.compile(".*2019: saknas.*"));
        assertThat(page.content()).doesNotContain("??");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "report-preview");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF (arkivbeständig, tillgänglig)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("uppfoljning-2021.pdf");
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }
}
