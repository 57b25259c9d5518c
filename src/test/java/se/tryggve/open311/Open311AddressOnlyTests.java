package se.tryggve.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.incidents.IncidentDirectory;
import se.tryggve.incidents.IncidentView;
import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * GeoReport v2 lets an app give an address instead of coordinates. Such a report is accepted, waits in the
 * coordinator's queue without a place, and the coordinator places it (WGS84 or SWEREF 99 TM) on the page or
 * through the API; bad positions are refused and nothing changes.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, Open311Fixture.class})
class Open311AddressOnlyTests {

    @Autowired MockMvc mvc;
    @Autowired Open311Fixture fixture;
    @Autowired TestData data;
    @Autowired IncidentDirectory directory;
    @Autowired JdbcClient jdbc;

    long postAddressOnly(Open311Fixture.World w) throws Exception {
        String body = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", w.key()).param("jurisdiction_id", w.code()).param("service_code", "graffiti")
                        .param("address_string", "Storgatan 1, 141 85 Huddinge")
                        .param("attribute[offensive]", "no").param("attribute[surface]", "wall"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll(".*\"service_request_id\":(\\d+).*", "$1"));
    }

    @Test
    void anAddressAloneIsAcceptedAndWaitsToBePlaced() throws Exception {
        var w = fixture.world();
        long id = postAddressOnly(w);
        mvc.perform(get("/open311/v2/requests/" + id + ".json").param("jurisdiction_id", w.code()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].address").value("Storgatan 1, 141 85 Huddinge"))
                .andExpect(jsonPath("$[0].lat").doesNotExist());
        long m = w.municipality().id();
        assertThat(directory.reviewQueue(m, 10)).extracting(IncidentView::id).containsExactly(id);
        assertThat(directory.countReviewQueue(m)).isEqualTo(1);

        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        // bad positions: both systems, half a position, outside Sweden's grid — refused, nothing changes
        mvc.perform(post("/api/v1/incidents/" + id + "/position").with(httpBasic(coordinator, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"latitude\":59.2369,\"longitude\":17.9819,\"northing\":6568000,\"easting\":672000}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/incidents/" + id + "/position").with(httpBasic(coordinator, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"latitude\":59.2369}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/incidents/" + id + "/position").with(httpBasic(coordinator, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"northing\":1,\"easting\":2}"))
                .andExpect(status().isBadRequest());
        // a reader may not place
        String reader = data.newUser(m, null, Role.READER);
        mvc.perform(post("/api/v1/incidents/" + id + "/position").with(httpBasic(reader, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"latitude\":59.2369,\"longitude\":17.9819}"))
                .andExpect(status().isForbidden());
        assertThat(directory.findIncident(m, id).orElseThrow().position()).isNull();

        // the page: the queue offers the place form; a Swedish decimal comma is understood
        MockHttpSession session = WebLogin.as(mvc, coordinator);
        mvc.perform(get("/incidents/review").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Placera rapport " + id + " på kartan")));
        mvc.perform(post("/incidents/review/" + id + "/place").session(session).with(csrf()).param("version", "0")
                        .param("latitude", "tjugo").param("longitude", "17,9819"))
                .andExpect(flash().attribute("reviewError", Matchers.containsString("#" + id)));
        mvc.perform(post("/incidents/review/" + id + "/place").session(session).with(csrf()).param("version", "0")
                        .param("latitude", "59,2369").param("longitude", "17,9819"))
                .andExpect(flash().attribute("flash", "incidents.review.placed"));
        IncidentView placed = directory.findIncident(m, id).orElseThrow();
        assertThat(placed.position().latitude()).isEqualTo(59.2369);
        assertThat(directory.reviewQueue(m, 10)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'Incident'"
                + " and object_id = :id and action = 'placed'").param("m", m).param("id", String.valueOf(id))
                .query(Long.class).single()).isEqualTo(1);

        // moved again through the API, in SWEREF 99 TM
        mvc.perform(post("/api/v1/incidents/" + id + "/position").with(httpBasic(coordinator, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"northing\":6568000,\"easting\":672000}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
    }
}
