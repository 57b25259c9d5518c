package se.tryggve.open311;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** Citizens' web apps on other origins may read and post: GeoReport v2 answers CORS for any origin, no credentials. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, Open311Fixture.class})
class Open311CorsTests {

    static final String ORIGIN = "https://app.example.org";

    @Autowired MockMvc mvc;
    @Autowired Open311Fixture fixture;

    @Test
    void aPreflightFromAnyOriginIsAllowedForGetAndPost() throws Exception {
        mvc.perform(options("/open311/v2/requests.json").header("Origin", ORIGIN)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST")))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
    }

    @Test
    void readsAndPostsCarryTheHeader() throws Exception {
        var w = fixture.world();
        mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", w.code()).header("Origin", ORIGIN))
                .andExpect(status().isOk()).andExpect(header().string("Access-Control-Allow-Origin", "*"));
        mvc.perform(post("/open311/v2/requests.json").header("Origin", ORIGIN)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", w.key()).param("jurisdiction_id", w.code()).param("service_code", "graffiti")
                        .param("lat", Open311ContractTests.LAT).param("long", Open311ContractTests.LONG)
                        .param("attribute[offensive]", "no").param("attribute[surface]", "wall"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"));
        // an error answer too, so that the app can read the error list
        mvc.perform(post("/open311/v2/requests.json").header("Origin", ORIGIN)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("service_code", "graffiti"))
                .andExpect(status().isForbidden()).andExpect(header().string("Access-Control-Allow-Origin", "*"));
    }
}
