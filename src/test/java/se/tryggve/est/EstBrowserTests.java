package se.tryggve.est;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.tryggve.incidents.Channel;
import se.tryggve.incidents.Districts;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.Position;
import se.tryggve.security.Role;
import se.tryggve.shared.SwedishDates;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * On a phone (390 × 844) the coordinator opens a week, picks a notable event, writes the focus and compiles;
 * the map shows the hot-spot layer beside the districts; axe passes on every EST page.
 * Screenshots: target/screenshots/est-*.png.
 */
@BrowserTest
@Import(TestData.class)
class EstBrowserTests {

    @Autowired
    TestData data;
    @Autowired
    Districts districts;
    @Autowired
    Incidents incidents;

    @Test
    void theCoordinatorCompilesAWeekOnAPhoneAndTheMapShowsTheHotSpots(Page page) {
        long m = data.newMunicipality("Mobilkommun").id();
        districts.importDistricts(m, null, EstPicturesTests.TWO_DISTRICTS);
        for (int i = 0; i < 5; i++) {
            incidents.reportIncident(m, new NewIncident(i % 2 == 0 ? "graffiti" : "vandalism", Channel.STAFF,
                    LocalDateTime.of(2025, 11, 18 + i % 3, 20, i).atZone(SwedishDates.SWEDEN).toInstant(),
                    i < 3 ? EstPicturesTests.WEST : EstPicturesTests.EAST, null, "Beskrivning " + i, null, null, null, null, null));
        }
        page.setViewportSize(390, 844);
        BrowserSupport.login(page, data.newUser(m, null, Role.SECURITY_COORDINATOR));

        page.navigate("/est?year=2025");
        assertThat(page.locator("h1")).hasText("Lägesbilder (EST)");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "est-01-list-mobile");

        page.getByLabel("Period").fill("2025-W47");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna")).click();
        assertThat(page.locator("h1")).hasText("Veckolägesbild vecka 47 2025");
        assertThat(page.locator("#est-map path.tg-hotspot")).hasCount(2);
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "est-02-draft-mobile");

        page.locator(".tg-est-candidates input[type=checkbox]").first().check();
        page.getByLabel("Fokusområden till nästa period").fill("Kvällar vid torget");
        page.getByLabel("Platser i fokus (en per rad)").fill("Torget");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sammanställ")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Lägesbilden är sammanställd");
        assertThat(page.locator(".badge").first()).hasText("Sammanställd");
        assertThat(page.locator("#est-map path.tg-hotspot")).hasCount(2);
        assertThat(page.locator("#est-map path.leaflet-interactive:not(.tg-hotspot)")).hasCount(2);
        assertThat(page.locator(".tg-est")).containsText("Kvällar vid torget");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "est-03-compiled-mobile");

        page.navigate("/est/recipients");
        Accessibility.assertNoViolations(page);
        page.getByLabel("E-postadresser, en per rad").fill("inte en adress");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("#recipients-error")).containsText("är inte en e-postadress");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "est-04-recipients-mobile");
    }
}
