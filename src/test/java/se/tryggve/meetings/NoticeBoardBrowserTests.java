package se.tryggve.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * In Chromium: the secretary opens the documents of adjusted minutes, posts the notice, and the notice
 * appears on the public notice board, which is read without login. Axe on both pages; screenshots in
 * target/screenshots/minutes-*.png.
 */
@BrowserTest
@Import({TestData.class, MeetingFixture.class, MinutesFixture.class})
class NoticeBoardBrowserTests {

    @Autowired
    MinutesFixture fixture;

    static void checked(Page page, String screenshot) {
        assertThat(page.content()).doesNotContain("??");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, screenshot);
    }

    @Test
    void secretaryPostsAndTheNoticeAppearsOnThePublicBoard(Page page) {
        var s = fixture.seeded(true);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

        BrowserSupport.login(page, s.world().secretary());
        page.navigate("/meetings/" + s.meetingId() + "/documents");
        checked(page, "minutes-01-documents");
        page.locator("#postedOn").fill(today.toString());
        page.locator("#keptAt").fill("Kommunkansliet, Stadshuset");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anslå på anslagstavlan")).click();
        page.waitForURL(Pattern.compile(".*/documents#notices$"));
        assertThat(page.locator(".alert-success")).hasText("Justeringen är anslagen på anslagstavlan.");
        assertThat(page.locator(".alert-warning").first()).containsText("mer än 14 dagar efter sammanträdet");
        checked(page, "minutes-02-posted");
        BrowserSupport.logoutButton(page).click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        page.navigate("/anslagstavla");
        assertThat(page.locator("h1")).hasText("Anslagstavla");
        var row = page.locator("#notices-current tr", new Page.LocatorOptions().setHasText("Kommunkansliet, Stadshuset"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Trygghets- och delaktighetsberedningen");
        assertThat(row).containsText(Minutes.date(se.tryggve.shared.calendar.NoticeDates.lastDayOfAppeal(today)));
        checked(page, "minutes-03-public-board");
    }
}
