package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class IncidentPagesTests {

    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Districts districts;
    @Autowired
    IncidentDirectory directory;

    @Test
    void aCoordinatorReportsInSwerefAndRecordsTheRemovalWithAPhoto() throws Exception {
        long m = data.newMunicipality("Sidkommun").id();
        districts.importDistricts(m, null, IncidentsTests.TWO_DISTRICTS);
        MockHttpSession s = WebLogin.as(mvc, data.newUser(m, null, Role.SECURITY_COORDINATOR));

        // Degrees in the SWEREF fields: refused beside the place, nothing stored.
        mvc.perform(multipart("/incidents").session(s).with(csrf()).param("categoryCode", "graffiti").param("channel", "PHONE")
                        .param("northing", "59.2").param("easting", "17.9"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("SWEREF 99 TM-koordinaterna ligger inte i Sverige")));
        assertThat(directory.countIncidents(m, null)).isZero();

        String location = mvc.perform(multipart("/incidents").file(new MockMultipartFile("photo", "fore.jpg", "image/jpeg", JPEG))
                        .session(s).with(csrf()).param("categoryCode", "graffiti-offensive").param("channel", "POLICE")
                        .param("northing", "6570202").param("easting", "670087").param("address", "Sjödalsvägen 1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        IncidentDetails d = directory.details(m, id);
        assertThat(d.incident().districtName()).isEqualTo("Öster");
        assertThat(d.photos()).hasSize(1);

        mvc.perform(get("/incidents/{id}", id).session(s)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("N 6\u00a0570\u00a0202, E 670\u00a0087")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Registrera sanering")));

        // A GIF is refused beside the photo field; the incident stays open.
        mvc.perform(multipart("/incidents/{id}/removal", id).file(new MockMultipartFile("photo", "x.gif", "image/gif", "GIF89a".getBytes()))
                        .session(s).with(csrf()).param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("JPEG, PNG eller WebP")));
        assertThat(directory.findIncident(m, id).orElseThrow().status()).isEqualTo(IncidentStatus.REPORTED);

        mvc.perform(multipart("/incidents/{id}/removal", id).file(new MockMultipartFile("photo", "efter.jpg", "image/jpeg", JPEG))
                .session(s).with(csrf()).param("version", "0")).andExpect(status().is3xxRedirection());
        d = directory.details(m, id);
        assertThat(d.incident().status()).isEqualTo(IncidentStatus.REMOVED);
        assertThat(d.photos()).extracting(IncidentDetails.Photo::purpose).containsExactly("REPORTED", "REMOVAL");
        mvc.perform(get("/incidents/{id}/photos/{p}", id, d.photos().get(1).id()).session(s)).andExpect(status().isOk())
                .andExpect(content().bytes(JPEG));

        mvc.perform(post("/incidents/{id}/costs", id).session(s).with(csrf()).param("amount", "-10").param("date", "2024-01-02"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Beloppet kan inte vara negativt")));
        mvc.perform(post("/incidents/{id}/costs", id).session(s).with(csrf()).param("amount", "950,50").param("date", "2024-01-02"))
                .andExpect(status().isOk());
        mvc.perform(post("/incidents/{id}/costs", id).session(s).with(csrf()).param("amount", "950.50").param("date", "2024-01-02"))
                .andExpect(status().is3xxRedirection());

        for (String page : new String[] {"/incidents", "/incidents/map", "/incidents/new", "/incidents/districts", "/incidents/categories",
                "/incidents?status=REMOVED&category=graffiti-offensive&from=2020-01-01"}) {
            mvc.perform(get(page).session(s)).andExpect(status().isOk());
        }
        mvc.perform(get("/incidents/map/incidents.json?scope=all").session(s)).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/incidents/map/districts.geojson").session(s)).andExpect(jsonPath("$.features.length()").value(2));
    }

    @Test
    void readersReadButChangeNothingAndOtherMunicipalitiesSeeNothing() throws Exception {
        long m = data.newMunicipality("Läskommun").id();
        MockHttpSession reader = WebLogin.as(mvc, data.newUser(m, null, Role.READER));
        mvc.perform(get("/incidents").session(reader)).andExpect(status().isOk());
        mvc.perform(get("/incidents/new").session(reader)).andExpect(status().isForbidden());
        mvc.perform(post("/incidents/categories").session(reader).with(csrf()).param("code", "x").param("name", "x"))
                .andExpect(status().isForbidden());
        long other = data.newMunicipality("Annan").id();
        MockHttpSession stranger = WebLogin.as(mvc, data.newUser(other, null, Role.SECURITY_COORDINATOR));
        long id = directory.categories(m).get(0).id();
        mvc.perform(get("/incidents/categories/{id}", id).session(stranger)).andExpect(status().isNotFound());
    }

    @Test
    void categoriesAndDistrictsAreConfiguredOnTheirPages() throws Exception {
        long m = data.newMunicipality("Inställningskommun").id();
        MockHttpSession s = WebLogin.as(mvc, data.newUser(m, null, Role.ADMINISTRATOR));
        mvc.perform(post("/incidents/categories").session(s).with(csrf()).param("code", "Skylt").param("name", "Skadad skylt"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("små bokstäver")));
        mvc.perform(post("/incidents/categories").session(s).with(csrf()).param("code", "skylt").param("name", "Skadad skylt")
                .param("guideline", "OTHER").param("active", "true")).andExpect(status().is3xxRedirection());
        assertThat(directory.findCategory(m, "skylt")).isPresent();

        mvc.perform(multipart("/incidents/districts").file(new MockMultipartFile("file", "d.geojson", "application/geo+json",
                        "{\"type\": \"Point\"}".getBytes())).session(s).with(csrf()).param("kind", "DISTRICT"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("FeatureCollection")));
        mvc.perform(multipart("/incidents/districts").file(new MockMultipartFile("file", "d.geojson", "application/geo+json",
                        IncidentsTests.TWO_DISTRICTS.getBytes(java.nio.charset.StandardCharsets.UTF_8))).session(s).with(csrf())
                        .param("kind", "DISTRICT"))
                .andExpect(status().is3xxRedirection());
        assertThat(districts.districts(m)).hasSize(2);
    }
}
