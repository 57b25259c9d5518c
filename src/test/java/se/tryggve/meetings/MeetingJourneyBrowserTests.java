package se.tryggve.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.security.Role;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The secretary's journey in Chromium: a meeting with attendance, a paragraph with a speaker, a vote
 * and a reservation, the consistency check and the adjustment (the chair's confirmation recorded by the
 * secretary, the adjuster's given personally with an account the administrator linked to her); axe on
 * every page. Screenshots land
 * in target/screenshots/meetings-*.png.
 */
@BrowserTest
@Import({TestData.class, MeetingFixture.class})
class MeetingJourneyBrowserTests {

    @Autowired
    MeetingFixture fixture;
    @Autowired
    Meetings meetings;
    @Autowired
    TestData data;
    @Autowired
    se.tryggve.security.UserAccounts accounts;

    static void checked(Page page, String screenshot) {
        assertThat(page.content()).doesNotContain("??");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, screenshot);
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private static void attend(Page page, String kind, long personId, boolean adjuster) {
        page.locator("#kind").selectOption(kind);
        page.locator("#personId").selectOption(String.valueOf(personId));
        if (adjuster) {
            page.locator("input[name=adjuster][type=checkbox]").check();
        }
        button(page, "Lägg till närvarande");
        assertThat(page.locator(".alert-success")).isVisible();
    }

    @Test
    void secretaryRecordsAParagraphWithAVoteAdjustsAndPostsOnThePublicBoard(Page page) {
        var w = fixture.create(ParagraphNumbering.PER_BODY_AND_YEAR);
        BrowserSupport.login(page, w.secretary());
        page.navigate("/meetings");
        checked(page, "meetings-01-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nytt sammanträde")).click();
        checked(page, "meetings-02-new");
        page.locator("#bodyId").selectOption(new SelectOption().setLabel("Trygghets- och delaktighetsberedningen"));
        page.locator("#meetingDate").fill("2022-02-17");
        page.locator("#startTime").fill("13:00");
        page.locator("#endTime").fill("15:10");
        page.locator("#place").fill("Kommunalhuset, Huddinge");
        button(page, "Skapa");
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        String meetingUrl = page.url();

        attend(page, "MEMBER", w.chair(), false);
        attend(page, "MEMBER", w.member(), true);
        attend(page, "MEMBER", w.member2(), false);
        attend(page, "OFFICIAL", w.official(), false);
        page.locator("#chairPersonId").selectOption(String.valueOf(w.chair()));
        button(page, "Spara");
        assertThat(page.locator("#attendance + table")).containsText("Nujin Alacabek");
        checked(page, "meetings-03-meeting");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny paragraf")).click();
        checked(page, "meetings-04-paragraph-new");
        page.locator("#title").fill("Handlingsprogram för trygghet och säkerhet");
        page.locator("#decisionType").selectOption("PROPOSAL");
        page.locator("#targetBodyId").selectOption(new SelectOption().setLabel("Kommunstyrelsen"));
        page.locator("#proposedDecision").fill("Kommunstyrelsen föreslår kommunfullmäktige att anta programmet.");
        button(page, "Skapa");
        page.waitForURL(Pattern.compile(".*/paragraphs/\\d+$"));
        assertThat(page.locator("h1")).containsText("§ 1");

        page.locator("#kind").selectOption("SPEAKER");
        page.locator("#personId").selectOption(String.valueOf(w.official()));
        button(page, "Lägg till");
        assertThat(page.locator("#parts ~ ol").first()).containsText("bitr. säkerhetschef");

        page.locator("#proposition").fill("Ordförandens förslag mot V-yrkandet");
        page.locator("#jaMeans").fill("bifall till ordförandens förslag");
        page.locator("#nejMeans").fill("bifall till V-yrkandet");
        page.locator("#choice-" + w.chair() + "-JA").check();
        page.locator("#choice-" + w.member() + "-NEJ").check();
        page.locator("#choice-" + w.member2() + "-JA").check();
        button(page, "Registrera omröstning");
        assertThat(page.locator("#votes ~ div caption").first()).hasText("Resultat: 2 ja, 1 nej, 0 avstår");

        page.locator("#kind").selectOption("RESERVATION");
        page.locator("#personId").selectOption(String.valueOf(w.member()));
        page.locator("#text").fill("Till förmån för eget yrkande.");
        button(page, "Lägg till");
        assertThat(page.locator("section")).containsText("Till förmån för eget yrkande.");
        checked(page, "meetings-05-paragraph");

        page.navigate(meetingUrl);
        assertThat(page.locator("h1")).containsText("17 februari 2022");
        assertThat(page.locator("#change-fromParagraphId")).isVisible();
        checked(page, "meetings-05b-meeting-changes");
        assertThat(page.locator("#check + p")).hasText("Kontrollen hittade inga problem.");
        // the secretary records the chair's confirmation on the chair's behalf ...
        page.locator("#confirm-personId").selectOption(String.valueOf(w.chair()));
        button(page, "Registrera justering");
        assertThat(page.locator("#adjustment + table")).containsText("Bekräftad");

        // ... the administrator links the adjuster's account to her person in the member register ...
        String adjuster = data.newUser(w.m(), null, Role.READER);
        long adjusterAccount = accounts.listAccounts(w.m()).stream().filter(a -> a.username().equals(adjuster))
                .findFirst().orElseThrow().id();
        BrowserSupport.logoutButton(page).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        BrowserSupport.login(page, w.admin());
        page.navigate("/admin/users/" + adjusterAccount + "/edit");
        page.locator("#personId").selectOption(String.valueOf(w.member()));
        checked(page, "meetings-06a-account-person");
        button(page, "Spara");
        page.waitForURL(Pattern.compile(".*/admin/users$"));

        // ... and the adjuster adjusts personally, logged in
        BrowserSupport.logoutButton(page).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        BrowserSupport.login(page, adjuster);
        page.navigate(meetingUrl);
        checked(page, "meetings-06b-adjuster");
        button(page, "Justera protokollet");
        assertThat(page.locator("h1 + p .badge")).hasText("Justerat");
        assertThat(page.locator("#adjustment + p + table")).containsText("Personligen (inloggad)");
        checked(page, "meetings-06-adjusted");
        assertThat(meetings.listMeetings(w.m(), null).get(0).status()).isEqualTo(MeetingStatus.ADJUSTED);
        BrowserSupport.logoutButton(page).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        BrowserSupport.login(page, w.secretary());

        // the secretary posts the adjustment, and the notice is on the public board without login
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        page.navigate(meetingUrl + "/documents");
        page.locator("#postedOn").fill(today.toString());
        page.locator("#keptAt").fill("Kommunkansliet, Kommunalhuset");
        button(page, "Anslå på anslagstavlan");
        assertThat(page.locator(".alert-success")).hasText("Justeringen är anslagen på anslagstavlan.");
        BrowserSupport.logoutButton(page).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.navigate("/anslagstavla");
        var row = page.locator("#notices-current tr", new Page.LocatorOptions().setHasText("Kommunkansliet, Kommunalhuset"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(Minutes.date(se.tryggve.shared.calendar.NoticeDates.lastDayOfAppeal(today)));
        checked(page, "meetings-07-public-board");
    }
}
