package se.tryggve.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** The JSON API: who may import and read, 404 across municipalities, 400 problems naming the malformed item. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PublicDataApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ContextEvents contextEvents;

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B r) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    @Test
    void theCoordinatorImportsReadersReadAndOtherMunicipalitiesSeeNothing() throws Exception {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        String reader = data.newUser(m, null, Role.READER);

        mvc.perform(as(reader, post("/api/v1/context-events/import")).contentType(MediaType.APPLICATION_JSON)
                .content(Recorded.file("police-events-huddinge.json"))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post("/api/v1/context-events/import")).contentType(MediaType.APPLICATION_JSON)
                        .content(Recorded.file("police-events-huddinge.json")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.otherPlaces").value(2));
        mvc.perform(as(reader, get("/api/v1/context-events").param("type", "Brand")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].externalId").value("610002"));
        long id = contextEvents.contextEvents(m, null, null, null, 10).get(0).id();
        mvc.perform(as(reader, get("/api/v1/context-events/" + id))).andExpect(status().isOk());

        mvc.perform(as(reader, post("/api/v1/reference-figures/import")).contentType(MediaType.APPLICATION_JSON)
                .content(Recorded.forCode("kolada-n07403-huddinge.json", mu.code()))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post("/api/v1/reference-figures/import").param("title", "Skadegörelse per 100 000 inv"))
                        .contentType(MediaType.APPLICATION_JSON).content(Recorded.forCode("kolada-n07403-huddinge.json", mu.code())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
        mvc.perform(as(reader, get("/api/v1/reference-figures").param("kpi", "N07403")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].comparisonCode").value("0000"));

        mvc.perform(as(reader, post("/api/v1/districts/import").param("kind", "DESO")).contentType(MediaType.APPLICATION_JSON)
                .content(Recorded.forCode("deso-huddinge-sweref99tm.geojson", mu.code()))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post("/api/v1/districts/import").param("kind", "DESO")).contentType("application/geo+json")
                        .content(Recorded.forCode("deso-huddinge-sweref99tm.geojson", mu.code())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(4)).andExpect(jsonPath("$.otherMunicipalities").value(1));
        mvc.perform(as(reader, get("/api/v1/districts").param("kind", "DESO")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4)).andExpect(jsonPath("$[0].kind").value("DESO"));
        mvc.perform(as(reader, get("/api/v1/districts").param("kind", "DISTRICT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(reader, get("/api/v1/districts"))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4));

        long other = data.newMunicipality("Annan kommun").id();
        String stranger = data.newUser(other, null, Role.SECURITY_COORDINATOR);
        mvc.perform(as(stranger, get("/api/v1/context-events/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(stranger, get("/api/v1/context-events"))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(stranger, get("/api/v1/reference-figures"))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(stranger, get("/api/v1/districts").param("kind", "DESO"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void malformedInputIsAProblemNamingTheItemAndNothingIsSaved() throws Exception {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        mvc.perform(as(coordinator, post("/api/v1/context-events/import")).contentType(MediaType.APPLICATION_JSON)
                        .content(Recorded.file("police-events-huddinge.json").replace("\"type\": \"Brand\"", "\"type\": [\"Brand\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors['items[2]']").value(containsString("Händelse 2 i filen")));
        mvc.perform(as(coordinator, post("/api/v1/context-events/import")).contentType(MediaType.APPLICATION_JSON).content("inte json"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(coordinator, post("/api/v1/reference-figures/import")).contentType(MediaType.APPLICATION_JSON)
                        .content(Recorded.forCode("kolada-n07403-huddinge.json", mu.code()).replace("\"kpi\": \"N07403\", \"municipality\": \"0000\", \"period\": 2022",
                                "\"kpi\": 7, \"municipality\": \"0000\", \"period\": 2022")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['values[4]']").exists());
        mvc.perform(as(coordinator, post("/api/v1/statistical-areas/fetch").param("kind", "DESO"))).andExpect(status().isBadRequest());
        mvc.perform(as(coordinator, post("/api/v1/statistical-areas/fetch").param("kind", "LAN"))).andExpect(status().isBadRequest());
        mvc.perform(as(coordinator, post("/api/v1/reference-figures/fetch"))).andExpect(status().isBadRequest());
        mvc.perform(as(coordinator, get("/api/v1/context-events").param("from", "igår"))).andExpect(status().isBadRequest());
        mvc.perform(as(coordinator, get("/api/v1/context-events/999999999"))).andExpect(status().isNotFound());
        assertThat(contextEvents.contextEvents(m, null, null, null, 10)).isEmpty();
    }
}
