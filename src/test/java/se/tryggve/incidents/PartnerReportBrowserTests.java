package se.tryggve.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.tryggve.organisation.PartnerKind;
import se.tryggve.organisation.PartnerOrganisationInput;
import se.tryggve.organisation.PartnerOrganisations;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * On a phone (390 × 844): a partner reporter files a report with a map pin and finds it among its
 * organisation's reports; the coordinator finds it in the review queue and marks it reviewed. axe on every
 * new page; then the coordinator compiles the report's ISO week into the weekly EST picture and the map shows
 * the report's place as a hot-spot. Screenshots: target/screenshots/partner-*.png.
 */
@BrowserTest
@Import(TestData.class)
class PartnerReportBrowserTests {

    @Autowired
    TestData data;
    @Autowired
    Districts districts;
    @Autowired
    PartnerOrganisations partners;
    @Autowired
    UserAccounts accounts;
    @Autowired
    IncidentDirectory directory;

    @Test
    void aPartnerReportsWithAMapPinAndTheCoordinatorReviewsIt(Page page) {
        long m = data.newMunicipality("Telefonkommun").id();
        districts.importDistricts(m, null, DemoDistricts.geoJson());
        PartnerOrganisationInput in = new PartnerOrganisationInput();
        in.setName("Exempel Bostäder AB");
        in.setKind(PartnerKind.HOUSING_COMPANY);
        in.setExample(true);
        long housing = partners.createPartnerOrganisation(m, in).id();
        String reporter = "partner" + System.nanoTime();
        accounts.createAccount(m, new UserAccounts.AccountData(reporter, "Vera Värd", null, Set.of(Role.PARTNER_REPORTER), null, null,
                true, TestData.PASSWORD, housing));
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        String admin = data.newUser(m, null, Role.ADMINISTRATOR);

        page.setViewportSize(390, 844);
        BrowserSupport.login(page, reporter);
        assertThat(page.locator("h1")).hasText("Min organisations rapporter");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "partner-01-home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny rapport")).click();
        assertThat(page.locator("#privacy-note")).containsText("Peka inte ut enskilda personer");
        page.getByLabel("Kategori").selectOption("gathering");
        page.getByLabel("Datum").fill("2025-06-14");
        page.getByLabel("Klockslag").fill("22:30");
        // the districts are drawn and the map fitted to them; a tap in the middle puts the pin
        page.locator("#pin-map path.leaflet-interactive, #pin-map path").first().waitFor();
        page.locator("#pin-map").click();
        assertThat(page.locator("#pin-map")).hasAttribute("data-pin-set", "true");
        assertThat(page.getByLabel("Latitud (WGS84)")).not().hasValue("");
        page.getByLabel("Vad hände?").fill("Ett tjugotal personer samlades vid entrén, de boende kände sig otrygga.");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "partner-02-form");

        // a personal identity number is refused beside the field
        page.getByLabel("Vad hände?").fill("Personen 19121212-1212 var där");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka rapporten")).click();
        assertThat(page.locator("#description-error")).containsText("personnummer");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Vad hände?").fill("Ett tjugotal personer samlades vid entrén, de boende kände sig otrygga.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka rapporten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Rapporten är skickad");
        assertThat(page.locator("h1")).containsText("Folksamling som skapar otrygghet");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "partner-03-report");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Min organisations rapporter")).first().click();
        assertThat(page.locator(".list-group-item")).hasCount(1);
        assertThat(page.locator(".list-group-item")).containsText("Folksamling som skapar otrygghet");
        long id = directory.reviewQueue(m, 10).get(0).id();
        org.assertj.core.api.Assertions.assertThat(directory.findIncident(m, id).orElseThrow().districtName()).isNotNull();
        BrowserSupport.logoutButton(page).click();

        BrowserSupport.login(page, coordinator);
        page.navigate("/incidents/review");
        assertThat(page.locator("h1")).hasText("Granska nya rapporter");
        assertThat(page.locator(".tg-review-card")).hasCount(1);
        assertThat(page.locator(".tg-review-card")).containsText("Exempel Bostäder AB");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "partner-04-review-queue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markera rapport " + id + " granskad")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("markerad som granskad");
        assertThat(page.locator(".tg-review-card")).hasCount(0);
        Accessibility.assertNoViolations(page);

        // ... compiles the week of the report (14 June 2025 is in ISO week 24), still on the phone, and the
        // map shows the report's place as a hot-spot
        page.navigate("/est?year=2025");
        page.getByLabel("Period").fill("2025-W24");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna")).click();
        assertThat(page.locator("h1")).hasText("Veckolägesbild vecka 24 2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sammanställ")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Lägesbilden är sammanställd");
        assertThat(page.locator("#est-map path.tg-hotspot")).hasCount(1);
        assertThat(page.locator(".tg-est")).containsText("Folksamling som skapar otrygghet");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "partner-05-weekly-picture");
        BrowserSupport.logoutButton(page).click();

        // the administrator's pages of partner organisations
        page.setViewportSize(1280, 900);
        BrowserSupport.login(page, admin);
        page.navigate("/organisation/partners");
        assertThat(page.locator("table")).containsText("Exempel Bostäder AB");
        Accessibility.assertNoViolations(page);
        page.navigate("/organisation/partners/new");
        page.getByLabel("Namn").fill("Exempel Skola");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("#kind-error")).isVisible();
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "partner-06-organisation-form");
    }
}
