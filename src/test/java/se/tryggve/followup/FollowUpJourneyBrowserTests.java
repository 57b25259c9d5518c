package se.tryggve.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The follow-up journey in Chromium: the coordinator opens the follow-up, each department reporter
 * fills in and submits its part, the coordinator accepts both, judges and approves; axe on every
 * page. Screenshots land in target/screenshots/followup-*.png.
 */
@BrowserTest
@Import({TestData.class, FollowUpFixture.class})
class FollowUpJourneyBrowserTests {

    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;

    static void checked(Page page, String screenshot) {
        assertThat(page.content()).doesNotContain("??");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, screenshot);
    }

    static void logout(Page page) {
        BrowserSupport.logoutButton(page).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void reportersSubmitAndTheCoordinatorAcceptsAndApproves(Page page) throws java.io.IOException {
        FollowUpFixture.World w = fixture.newWorld();

        BrowserSupport.login(page, w.coordinator);
        page.navigate("/follow-ups");
        checked(page, "followup-01-list");
        page.locator("#documentId").selectOption(new SelectOption().setLabel("Program för trygghet och säkerhet"));
        page.locator("#year").fill("2021");
        page.locator("#deadline").fill("2022-02-01");
        page.locator("#noteOnYear").fill("Pandemin påverkade arbetet.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna uppföljning")).click();
        page.waitForURL(Pattern.compile(".*/follow-ups/\\d+$"));
        String dashboard = page.url();
        assertThat(page.locator("h1")).hasText("Uppföljning av Program för trygghet och säkerhet avseende 2021");
        checked(page, "followup-02-dashboard-open");
        logout(page);

        // department A: first refused without judgements, then submitted
        BrowserSupport.login(page, w.reporterA);
        page.navigate(dashboard);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Socialförvaltningen")).click();
        page.waitForURL(Pattern.compile(".*/parts/\\d+$"));
        checked(page, "followup-03-part-form");
        page.locator("#goals0\\.work").fill("Trygghetsvandringar i centrum med polisen.");
        page.locator("#activities0\\.status").selectOption(new SelectOption().setLabel("Klar"));
        page.locator("#activities0\\.whatWasDone").fill("Fyra vandringar.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna in")).click();
        assertThat(page.locator("#goals-error")).hasText("Ange en bedömning");
        checked(page, "followup-04-part-refused");
        page.locator("#goals0\\.judgement").selectOption(new SelectOption().setLabel("Uppfyllt"));
        page.locator("#goals1\\.judgement").selectOption(new SelectOption().setLabel("Delvis uppfyllt"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna in")).click();
        assertThat(page.locator(".alert-success")).hasText("Delen är inlämnad");
        checked(page, "followup-05-part-submitted");
        logout(page);

        // department B
        BrowserSupport.login(page, w.reporterB);
        page.navigate(dashboard);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kultur- och fritidsförvaltningen")).click();
        page.waitForURL(Pattern.compile(".*/parts/\\d+$"));
        page.locator("#goals0\\.judgement").selectOption(new SelectOption().setLabel("Ej uppfyllt"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna in")).click();
        assertThat(page.locator(".alert-success")).hasText("Delen är inlämnad");
        logout(page);

        // the coordinator accepts both parts, judges and approves
        BrowserSupport.login(page, w.coordinator);
        for (String department : new String[] {"Socialförvaltningen", "Kultur- och fritidsförvaltningen"}) {
            page.navigate(dashboard);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(department)).click();
            page.waitForURL(Pattern.compile(".*/parts/\\d+$"));
            checked(page, "followup-06-part-review");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn delen")).click();
            page.waitForURL(dashboard);
            assertThat(page.locator(".alert-success")).hasText("Delen är godkänd");
        }
        checked(page, "followup-07-dashboard-accepted");
        page.locator("#summary").fill("Arbetet har i huvudsak gått enligt plan.");
        page.locator("#overallJudgement").selectOption(new SelectOption().setLabel("Delvis uppfyllt"));
        page.locator("#periodJudgement").selectOption(new SelectOption().setLabel("Delvis uppfyllt"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        page.waitForURL(dashboard);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn uppföljningen")).click();
        page.waitForURL(dashboard);
        assertThat(page.locator(".alert-success")).hasText("Uppföljningen är godkänd och låst");
        checked(page, "followup-08-dashboard-approved");
        assertThat(followUps.listFollowUps(w.m).get(0).status()).isEqualTo(FollowUpStatus.APPROVED);

        // the approved report: preview, then the PDF downloads
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förhandsgranska rapporten")).click();
        page.waitForURL(Pattern.compile(".*/report$"));
        checked(page, "followup-09-report-preview");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF (arkivbeständig, tillgänglig)")).click());
        byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
    }
}
