package se.tryggve.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import se.tryggve.security.Role;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * A coordinator opens the map (the tile server is unreachable in tests: markers and districts must
 * show anyway), opens an incident and records its removal with a photo; axe passes on every incident
 * page. Screenshots: target/screenshots/incidents-*.png.
 */
@BrowserTest
@Import(TestData.class)
class IncidentBrowserTests {

    @Autowired
    TestData data;
    @Autowired
    Districts districts;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentDirectory directory;

    static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(200, 210, 220));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void aCoordinatorOpensTheMapAndRecordsARemovalWithAPhoto(Page page) throws Exception {
        long m = data.newMunicipality("Kartkommun").id();
        districts.importDistricts(m, null, DemoDistricts.geoJson());
        IncidentView open = incidents.reportIncident(m, new NewIncident("graffiti", Channel.PHONE, Instant.now().minus(Duration.ofHours(5)),
                new Position(59.2366, 17.9816), "Sjödalsvägen 1", "Taggar på elskåpet", null, null, null, null, null));
        incidents.reportIncident(m, new NewIncident("graffiti-offensive", Channel.STAFF, null, new Position(59.2210, 17.9450),
                "Flemingsbergsvägen 4", "Rasistiskt klotter på busskuren", null, null, null, null, null));
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        BrowserSupport.login(page, coordinator);

        page.navigate("/incidents");
        assertThat(page.locator("h1")).hasText("Incidenter");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incidents-01-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Karta över incidenter")).click();
        Locator markers = page.locator("#incident-map path.tg-incident-marker");
        assertThat(markers).hasCount(2);
        assertThat(page.locator("#incident-map path.leaflet-interactive:not(.tg-incident-marker):not(.tg-hotspot)"))
                .hasCount(DemoDistricts.HUDDINGE.size());
        // the graffiti follow-up's hotspot layer: the grid cells holding the two incidents
        assertThat(page.locator("#incident-map path.tg-hotspot").first()).isVisible();
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incidents-02-map");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("#" + open.id() + " Klotter")).click();
        page.setViewportSize(390, 844);
        assertThat(page.locator("h1")).containsText("Incident " + open.id());
        assertThat(page.locator("#sweref")).hasText("N 6 570 202, E 670 087");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incidents-03-incident-mobile");

        page.getByLabel("Foto efter sanering").setInputFiles(new FilePayload("efter.gif", "image/gif", "GIF89a".getBytes()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera sanering")).click();
        assertThat(page.locator("#photo-error")).containsText("JPEG, PNG eller WebP");
        Accessibility.assertNoViolations(page);

        page.getByLabel("Foto efter sanering").setInputFiles(new FilePayload("efter.png", "image/png", png()));
        page.getByLabel("Anteckning").first().fill("Tvättat med högtryck");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera sanering")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saneringen är registrerad");
        assertThat(page.locator(".badge").first()).hasText("Sanerad");
        assertThat(page.locator("img.tg-photo")).hasCount(1);
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incidents-04-removed-mobile");
        org.assertj.core.api.Assertions.assertThat(directory.findIncident(m, open.id()).orElseThrow().removalMinutes())
                .isBetween(299, 302);

        page.setViewportSize(1280, 900);
        page.navigate("/incidents/map?scope=all");
        assertThat(markers).hasCount(2);
    }

    @Test
    void theFormsAndSettingsPagesAreAccessible(Page page) {
        long m = data.newMunicipality("Formulärkommun").id();
        districts.importDistricts(m, null, DemoDistricts.geoJson());
        BrowserSupport.login(page, data.newUser(m, null, Role.SECURITY_COORDINATOR));

        page.navigate("/incidents/new");
        Accessibility.assertNoViolations(page);
        page.getByLabel("N (SWEREF 99 TM)").fill("6570202");
        page.getByLabel("E (SWEREF 99 TM)").fill("670087");
        page.getByLabel("Latitud (WGS84)").fill("59.2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera incident")).click();
        assertThat(page.locator("#position-error")).containsText("antingen WGS84 eller SWEREF 99 TM");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incidents-05-new-error");
        page.getByLabel("Latitud (WGS84)").fill("");
        page.getByLabel("Adress").fill("Sjödalsvägen 1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera incident")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Incidenten är registrerad");
        assertThat(page.locator("dl")).containsText("Huddinge centrum");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incidents-06-incident-handling");

        page.navigate("/incidents/districts");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incidents-07-districts");
        page.navigate("/incidents/categories");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "incidents-08-categories");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("graffiti-offensive")).click();
        Accessibility.assertNoViolations(page);
        page.navigate("/incidents?lang=en");
        Accessibility.assertNoViolations(page);
        page.navigate("/incidents?lang=sv");
    }
}
