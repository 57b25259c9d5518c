package se.tryggve.publicdata;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import se.tryggve.incidents.Channel;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.StatisticalAreas;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.security.Role;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The coordinator imports the police feed file on /public-data, reads the events, the statistical areas
 * and the key figures, sees the events as a layer of their own on the incident map and the DeSO on an
 * incident; axe passes on every new page.
 * Screenshots: target/screenshots/publicdata-*.png.
 */
@BrowserTest
@Import(TestData.class)
class PublicDataBrowserTests {

    @Autowired
    TestData data;
    @Autowired
    StatisticalAreas areas;
    @Autowired
    ReferenceFigures figures;
    @Autowired
    Incidents incidents;

    @Test
    void theCoordinatorImportsTheFeedAndReadsThePublicData(Page page) {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        areas.importStatisticalAreas(m, "DESO", Recorded.forCode("deso-huddinge-sweref99tm.geojson", mu.code()));
        figures.importKoladaFigures(m, Recorded.forCode("kolada-n07403-huddinge.json", mu.code()),
                "Anmälda brott om skadegörelse, antal/100 000 inv");
        long incident = incidents.reportIncident(m, new NewIncident("graffiti", Channel.PHONE, null, StatisticalAreasTests.SJODALEN,
                "Sjödalsvägen 1", "Tag på elskåp", null, null, null, null, null)).id();
        BrowserSupport.login(page, data.newUser(m, null, Role.SECURITY_COORDINATOR));

        page.navigate("/public-data");
        assertThat(page.locator("h1")).hasText("Öppna data");
        Accessibility.assertNoViolations(page);
        page.locator("#police-file").setInputFiles(new FilePayload("handelser.json", "application/json",
                Recorded.file("police-events-huddinge.json").getBytes(StandardCharsets.UTF_8)));
        page.locator("form[action$='/police/import'] button[type=submit]").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 nya");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "publicdata-01-overview");

        page.navigate("/public-data/context-events");
        assertThat(page.locator("tbody tr")).hasCount(2);
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "publicdata-02-events");

        page.navigate("/public-data/statistical-areas");
        assertThat(page.locator("tbody tr")).hasCount(4);
        Accessibility.assertNoViolations(page);

        page.navigate("/public-data/reference-figures");
        assertThat(page.locator("tbody tr")).hasCount(3);
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "publicdata-03-figures");

        // the incident map: the police's events as a layer of their own beside the incident markers
        page.navigate("/incidents/map?scope=all");
        assertThat(page.locator("#incident-map path.tg-incident-marker")).hasCount(1);
        assertThat(page.locator("#incident-map .tg-context-event")).hasCount(2);
        assertThat(page.locator(".leaflet-control-layers")).containsText("Polisens händelser");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "publicdata-04-map");

        page.navigate("/incidents/" + incident);
        assertThat(page.locator("#statistical-area")).containsText(mu.code() + "C1020");
        Accessibility.assertNoViolations(page);
    }
}
