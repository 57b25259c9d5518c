package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class})
class IndicatorValueApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FollowUpFixture fixture;
    @Autowired
    IndicatorValues values;
    @Autowired
    Municipalities municipalities;

    FollowUpFixture.World w;
    String base;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
        base = "/api/v1/indicators/" + w.i1.id();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String user, String body) {
        return b.with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void putAndListValues() throws Exception {
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": 1050.5}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.value").value(1050.5)).andExpect(jsonPath("$.source").value("ENTERED"));
        mvc.perform(json(put(base + "/values/2020"), w.coordinator, "{\"missingReason\": \"Ej publicerat\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").doesNotExist());
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": \"1 100,5\"}").header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get(base + "/values").with(httpBasic(w.reader, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].year").value(2019)).andExpect(jsonPath("$.items[0].value").value(1100.5))
                .andExpect(jsonPath("$.items[1].missingReason").value("Ej publicerat"));
    }

    @Test
    void badInputIsA400Problem() throws Exception {
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": \"abc\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ange ett tal")));
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": 1, \"missingReason\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{}")).andExpect(status().isBadRequest());
        mvc.perform(json(put(base + "/values/1200"), w.coordinator, "{\"value\": 1}")).andExpect(status().isBadRequest());
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": ")).andExpect(status().isBadRequest());
        assertThat(values.values(w.m, w.i1.id())).isEmpty();
    }

    @Test
    void staleVersionsAre409Or412AndAnExistingYearNeedsOne() throws Exception {
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": 1}")).andExpect(status().isOk());
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": 2}")).andExpect(status().isBadRequest());
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": 2, \"version\": 0}")).andExpect(status().isOk());
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": 3, \"version\": 0}")).andExpect(status().isConflict());
        mvc.perform(json(put(base + "/values/2019"), w.coordinator, "{\"value\": 3}").header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        assertThat(values.value(w.m, w.i1.id(), 2019).orElseThrow().value()).isEqualByComparingTo("2");
    }

    @Test
    void onlyTheCoordinatorWritesAndAnotherMunicipalitysIndicatorIs404() throws Exception {
        mvc.perform(json(put(base + "/values/2019"), w.reporterA, "{\"value\": 1}")).andExpect(status().isForbidden());
        mvc.perform(json(post(base + "/kolada-import"), w.reader, "{\"values\": []}")).andExpect(status().isForbidden());
        FollowUpFixture.World other = fixture.newWorld();
        mvc.perform(json(put("/api/v1/indicators/" + other.i1.id() + "/values/2019"), w.coordinator, "{\"value\": 1}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/" + other.i1.id() + "/values").with(httpBasic(w.coordinator, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/indicators/" + other.i1.id() + "/kolada-import"), w.coordinator, "{\"values\": []}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void koladaImport() throws Exception {
        String code = municipalities.find(w.m).orElseThrow().code();
        String doc = new String(getClass().getResourceAsStream("/kolada/N07403.json").readAllBytes(), StandardCharsets.UTF_8)
                .replace("MUNICIPALITY", code);
        mvc.perform(json(post(base + "/kolada-import"), w.coordinator, doc))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3)).andExpect(jsonPath("$.missing").value(1))
                .andExpect(jsonPath("$.problems", hasSize(3))).andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].message").value("fel nyckeltal (N00945)."));
        assertThat(values.values(w.m, w.i1.id())).hasSize(3);
        mvc.perform(json(post(base + "/kolada-import"), w.coordinator, "{\"values\": [")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inget har sparats")));
        mvc.perform(post(base + "/kolada-import").with(httpBasic(w.coordinator, TestData.PASSWORD))
                .contentType(MediaType.TEXT_PLAIN).content(doc)).andExpect(status().isUnsupportedMediaType());
    }
}
