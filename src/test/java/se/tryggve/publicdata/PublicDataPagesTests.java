package se.tryggve.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.incidents.Channel;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/** The public-data pages: imports by file with the refusal shown on the page, settings, lists, and who sees what. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PublicDataPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ContextEvents contextEvents;
    @Autowired
    PublicDataSettingsService settings;
    @Autowired
    Incidents incidents;

    static MockMultipartFile file(String text) {
        return new MockMultipartFile("file", "fil.json", "application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCoordinatorImportsEachKindOfFileAndSeesTheLists() throws Exception {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        MockHttpSession s = WebLogin.as(mvc, data.newUser(m, null, Role.SECURITY_COORDINATOR));
        mvc.perform(get("/public-data").session(s)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Polisens händelser"), containsString("SCB:s statistikområden"),
                        containsString("Nyckeltal från Kolada"), containsString("Spara inställningarna"))));

        mvc.perform(multipart("/public-data/police/import").file(file(Recorded.file("police-events-huddinge.json"))).session(s).with(csrf()))
                .andExpect(redirectedUrl("/public-data")).andExpect(flash().attribute("message", "publicdata.police.imported"));
        mvc.perform(get("/public-data/context-events").session(s).param("type", "Skadegörelse")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("14 juni 2025 kl. 22.31"), containsString("Klotter på en skola i Sjödalen."),
                        not(containsString("Brand i en container")))));

        mvc.perform(multipart("/public-data/statistical-areas/import").file(file(Recorded.forCode("deso-huddinge-sweref99tm.geojson", mu.code())))
                        .param("kind", "DESO").session(s).with(csrf()))
                .andExpect(redirectedUrl("/public-data")).andExpect(flash().attribute("message", "publicdata.scb.imported"));
        mvc.perform(get("/public-data/statistical-areas").session(s)).andExpect(status().isOk())
                .andExpect(content().string(containsString(mu.code() + "C1020")));

        mvc.perform(multipart("/public-data/reference-figures/import").file(file(Recorded.forCode("kolada-n07403-huddinge.json", mu.code())))
                        .param("title", "Anmälda brott om skadegörelse, antal/100 000 inv").session(s).with(csrf()))
                .andExpect(redirectedUrl("/public-data"));
        mvc.perform(get("/public-data/reference-figures").session(s)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("N07403 Anmälda brott om skadegörelse"), containsString("1 043,5"),
                        containsString("saknas"), containsString("riket"))));

        // the incident page shows the DeSO found from the position
        long id = incidents.reportIncident(m, new NewIncident("graffiti", Channel.PHONE, null, StatisticalAreasTests.SJODALEN,
                "Sjödalsvägen 1", "Tag", null, null, null, null, null)).id();
        mvc.perform(get("/incidents/" + id).session(s)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Statistikområde (DeSO)"), containsString(mu.code() + "C1020"))));
    }

    @Test
    void aMalformedFileIsRefusedOnThePageWithItsPositionAndSettingsAreCheckedBesideTheField() throws Exception {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        MockHttpSession s = WebLogin.as(mvc, data.newUser(m, null, Role.SECURITY_COORDINATOR));
        mvc.perform(multipart("/public-data/police/import").file(file(Recorded.file("police-events-huddinge.json")
                        .replace("\"name\": \"15 juni 14.05, Stöld, Stockholm\",", ""))).session(s).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Händelse 3 i filen har ett saknat eller felaktigt fält: name. Inget har importerats.")));
        assertThat(contextEvents.contextEvents(m, null, null, null, 10)).isEmpty();
        mvc.perform(multipart("/public-data/police/import").session(s).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"file-error\""),
                        containsString("Välj en fil att importera."))));

        mvc.perform(post("/public-data/settings").session(s).with(csrf()).param("version", "-1").param("fetchIntervalMinutes", "5")
                        .param("policeUrl", "ftp://polisen.se"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"policeUrl-error\"")));
        mvc.perform(post("/public-data/settings").session(s).with(csrf()).param("version", "-1").param("fetchIntervalMinutes", "5"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"fetchIntervalMinutes-error\""),
                        containsString("Ange minst 10 minuter mellan hämtningarna."))));
        mvc.perform(post("/public-data/settings").session(s).with(csrf()).param("version", "-1").param("fetchIntervalMinutes", "30")
                        .param("scheduledFetch", "true").param("contact", "trygghet@huddinge.se").param("koladaKpis", "n07403 n07401")
                        .param("koladaComparison", "0000"))
                .andExpect(redirectedUrl("/public-data"));
        PublicDataSettings saved = settings.settings(m);
        assertThat(saved.scheduledFetch()).isTrue();
        assertThat(saved.fetchIntervalMinutes()).isEqualTo(30);
        assertThat(saved.koladaKpis()).isEqualTo("N07403,N07401");
        // the same form again, on the old version
        mvc.perform(post("/public-data/settings").session(s).with(csrf()).param("version", "-1").param("fetchIntervalMinutes", "30"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void readersSeeTheListsWithoutImportFormsAndCannotImport() throws Exception {
        long m = data.newMunicipality("Huddinge kommun").id();
        MockHttpSession reader = WebLogin.as(mvc, data.newUser(m, null, Role.READER));
        mvc.perform(get("/public-data").session(reader)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Importera fil"))));
        mvc.perform(get("/public-data/context-events").session(reader)).andExpect(status().isOk());
        mvc.perform(multipart("/public-data/police/import").file(file("[]")).session(reader).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/public-data/settings").session(reader).with(csrf()).param("version", "-1"))
                .andExpect(status().isForbidden());
    }
}
