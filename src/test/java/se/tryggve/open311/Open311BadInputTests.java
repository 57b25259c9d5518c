package se.tryggve.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.tryggve.open311.Open311ContractTests.assertError;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Refused Open311 POSTs: each answers the specification's error list with the right status, in the
 * requested format, and stores nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, Open311Fixture.class})
class Open311BadInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Open311Fixture fixture;
    @Autowired
    ApiKeys keys;
    @Autowired
    se.tryggve.incidents.Districts districts;

    Map<String, String> graffiti(Open311Fixture.World w) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("api_key", w.key());
        p.put("jurisdiction_id", w.code());
        p.put("service_code", "graffiti");
        p.put("lat", "59.2369");
        p.put("long", "17.9819");
        p.put("attribute[offensive]", "no");
        p.put("attribute[surface]", "wall");
        p.put("attribute[area]", "2.5");
        p.put("email", "anna@example.se");
        return p;
    }

    /** Posts in both formats and checks the status, the error list and that nothing was stored. */
    void refused(Open311Fixture.World w, Map<String, String> params, int status) throws Exception {
        long before = fixture.incidents(w.municipality().id());
        for (String format : new String[] {"xml", "json"}) {
            MockHttpServletRequestBuilder r = post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            params.forEach(r::param);
            MockHttpServletResponse res = mvc.perform(r).andReturn().getResponse();
            res.setCharacterEncoding("UTF-8");
            assertError(res, status, format);
        }
        assertThat(fixture.incidents(w.municipality().id())).isEqualTo(before);
    }

    @Test
    void theValidReportIsAccepted() throws Exception {
        var w = fixture.world();
        MockHttpServletRequestBuilder r = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        graffiti(w).forEach(r::param);
        assertThat(mvc.perform(r).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(fixture.incidents(w.municipality().id())).isEqualTo(1);
    }

    @Test
    void missingOrRevokedApiKeyIs403() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.remove("api_key");
        refused(w, p, 403);
        p.put("api_key", "not-a-key");
        refused(w, p, 403);
        keys.revokeKey(w.municipality().id(), w.keyId());
        refused(w, graffiti(w), 403);
        // a key of one municipality does not post into another
        var other = fixture.world();
        Map<String, String> foreign = graffiti(w);
        foreign.put("api_key", other.key());
        refused(w, foreign, 403);
    }

    @Test
    void missingOrUnknownServiceCode() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.remove("service_code");
        refused(w, p, 400);
        p.put("service_code", " ");
        refused(w, p, 400);
        p.put("service_code", "potholes");
        refused(w, p, 404);
    }

    @Test
    void locationMissingHalfOrInvalid() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.remove("lat");
        p.remove("long");
        refused(w, p, 400);
        p.put("lat", "59.2");
        refused(w, p, 400);
        p.put("long", "north");
        refused(w, p, 400);
        p.put("long", "17.9");
        p.put("lat", "95");
        refused(w, p, 400);
    }

    @Test
    void coordinatesOutsideTheMunicipalityAreRefused() throws Exception {
        var w = fixture.world();
        // the municipality is known by its districts: a square around central Huddinge
        districts.importDistricts(w.municipality().id(), "DISTRICT", """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "properties": {"code": "C", "name": "Centrum"},
                  "geometry": {"type": "Polygon", "coordinates": [[[17.90, 59.20], [18.05, 59.20], [18.05, 59.28],
                    [17.90, 59.28], [17.90, 59.20]]]}}]}""");
        Map<String, String> p = graffiti(w);
        p.put("lat", "57.7089"); // Gothenburg
        p.put("long", "11.9746");
        refused(w, p, 400);
        MockHttpServletRequestBuilder r = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        graffiti(w).forEach(r::param);
        assertThat(mvc.perform(r).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void noPlaceAtAllIsRefused() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.remove("lat");
        p.remove("long");
        refused(w, p, 400);
        p.put("address_string", "   ");
        refused(w, p, 400);
    }

    @Test
    void descriptionOver4000Characters() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.put("description", "x".repeat(4001));
        refused(w, p, 400);
        p.put("description", "x".repeat(4000));
        MockHttpServletRequestBuilder r = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        p.forEach(r::param);
        assertThat(mvc.perform(r).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void invalidAttributeValues() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.remove("attribute[offensive]");
        refused(w, p, 400); // required attribute missing
        p.put("attribute[offensive]", "maybe");
        refused(w, p, 400); // not in the value list
        p.put("attribute[offensive]", "yes");
        p.put("attribute[area]", "two square metres");
        refused(w, p, 400); // not a number
        p.put("attribute[area]", "2");
        p.put("attribute[surface]", "moon");
        refused(w, p, 400);
    }

    @Test
    void badMediaUrlAndTooLongContactFields() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.put("media_url", "javascript:alert(1)");
        refused(w, p, 400);
        p.remove("media_url");
        p.put("email", "a".repeat(201));
        refused(w, p, 400);
    }

    @Test
    void unknownJurisdictionIs404AndTheKeysOwnIsUsedWithoutOne() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.put("jurisdiction_id", "no-such-place");
        refused(w, p, 404);
        p.remove("jurisdiction_id");
        MockHttpServletRequestBuilder r = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        p.forEach(r::param);
        assertThat(mvc.perform(r).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(fixture.incidents(w.municipality().id())).isEqualTo(1);
    }
}
