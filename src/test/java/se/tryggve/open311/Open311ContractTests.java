package se.tryggve.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.tryggve.open311.Open311Fixture.child;
import static se.tryggve.open311.Open311Fixture.children;
import static se.tryggve.open311.Open311Fixture.names;
import static se.tryggve.open311.Open311Fixture.text;
import static se.tryggve.open311.Open311Fixture.xml;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Every GeoReport v2 method in XML and JSON, written from the specification: element and field
 * names, JSON types, the error lists and the HTTP status codes.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, Open311Fixture.class})
class Open311ContractTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    static final String LAT = "59.2369";
    static final String LONG = "17.9819";

    @Autowired
    MockMvc mvc;
    @Autowired
    Open311Fixture fixture;
    @Autowired
    ServiceDefinitions services;

    MockHttpServletResponse call(MockHttpServletRequestBuilder r) throws Exception {
        MockHttpServletResponse res = mvc.perform(r).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    static JsonNode json(MockHttpServletResponse res) throws Exception {
        assertThat(res.getContentType()).startsWith("application/json");
        return JSON.readTree(res.getContentAsString(StandardCharsets.UTF_8));
    }

    static Document doc(MockHttpServletResponse res) throws Exception {
        assertThat(res.getContentType()).startsWith("text/xml");
        String body = res.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return xml(res.getContentAsByteArray());
    }

    MockHttpServletRequestBuilder report(Open311Fixture.World w, String format, Map<String, String> params) {
        MockHttpServletRequestBuilder r = post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        params.forEach(r::param);
        return r;
    }

    Map<String, String> graffiti(Open311Fixture.World w) {
        return new java.util.LinkedHashMap<>(Map.of("api_key", w.key(), "jurisdiction_id", w.code(), "service_code", "graffiti",
                "lat", LAT, "long", LONG, "attribute[offensive]", "no", "attribute[surface]", "wall",
                "description", "Tagg på elskåpet vid busshållplatsen"));
    }

    long postJson(Open311Fixture.World w, Map<String, String> params) throws Exception {
        MockHttpServletResponse res = call(report(w, "json", params));
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(200);
        return json(res).get(0).get("service_request_id").asLong();
    }

    // ---- discovery

    @Test
    void discoveryInXmlAndJson() throws Exception {
        Document d = doc(call(get("/open311/v2/discovery.xml")));
        Element root = d.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(names(root)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element endpoint = child(child(root, "endpoints"), "endpoint");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(endpoint, "url")).endsWith("/open311/v2");
        assertThat(text(endpoint, "type")).isIn("production", "test");
        assertThat(children(child(endpoint, "formats"))).extracting(Element::getTagName).containsOnly("format");
        assertThat(children(child(endpoint, "formats"))).extracting(Element::getTextContent)
                .containsExactly("text/xml", "application/json");
        OffsetDateTime.parse(text(root, "changeset"));

        JsonNode j = json(call(get("/open311/v2/discovery.json")));
        assertThat(j.isObject()).isTrue();
        assertThat(j.get("changeset").isString()).isTrue();
        assertThat(j.get("contact").isString()).isTrue();
        assertThat(j.get("endpoints").isArray()).isTrue();
        JsonNode e = j.get("endpoints").get(0);
        assertThat(e.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(e.get("formats").isArray()).isTrue();
        assertThat(e.get("formats").get(1).asString()).isEqualTo("application/json");
    }

    // ---- services

    @Test
    void serviceListInXmlAndJson() throws Exception {
        var w = fixture.world();
        Element root = doc(call(get("/open311/v2/services.xml").param("jurisdiction_id", w.code()))).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("services");
        List<Element> list = children(root);
        assertThat(list).extracting(Element::getTagName).containsOnly("service");
        assertThat(list).extracting(s -> text(s, "service_code")).containsExactly("graffiti", "graffiti-offensive", "vandalism");
        Element g = list.get(0);
        assertThat(names(g)).containsExactly("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(text(g, "service_name")).isEqualTo("Klotter");
        assertThat(text(g, "metadata")).isEqualTo("true");
        assertThat(text(g, "type")).isEqualTo("realtime");

        JsonNode j = json(call(get("/open311/v2/services.json").param("jurisdiction_id", w.code())));
        assertThat(j.isArray()).isTrue();
        assertThat(j).hasSize(3);
        JsonNode s = j.get(0);
        assertThat(s.get("service_code").asString()).isEqualTo("graffiti");
        assertThat(s.get("metadata").isBoolean()).isTrue();
        assertThat(s.get("type").asString()).isEqualTo("realtime");
        assertThat(s.get("group").asString()).isEqualTo("Klotter");
        assertThat(s.get("keywords").isString()).isTrue();
    }

    @Test
    void serviceDefinitionInXmlAndJson() throws Exception {
        var w = fixture.world();
        Element root = doc(call(get("/open311/v2/services/graffiti.xml").param("jurisdiction_id", w.code()))).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(text(root, "service_code")).isEqualTo("graffiti");
        List<Element> attributes = children(child(root, "attributes"));
        assertThat(attributes).extracting(Element::getTagName).containsOnly("attribute");
        assertThat(attributes).extracting(a -> text(a, "code")).containsExactly("offensive", "surface", "area");
        Element offensive = attributes.get(0);
        assertThat(names(offensive)).containsExactly("variable", "code", "datatype", "required", "datatype_description",
                "order", "description", "values");
        assertThat(text(offensive, "datatype")).isEqualTo("singlevaluelist");
        assertThat(text(offensive, "required")).isEqualTo("true");
        assertThat(text(offensive, "variable")).isEqualTo("true");
        assertThat(text(offensive, "order")).isEqualTo("1");
        List<Element> values = children(child(offensive, "values"));
        assertThat(values).extracting(Element::getTagName).containsOnly("value");
        assertThat(names(values.get(0))).containsExactly("key", "name");
        assertThat(values).extracting(v -> text(v, "key")).containsExactly("yes", "no");
        assertThat(text(attributes.get(2), "datatype")).isEqualTo("number");

        JsonNode j = json(call(get("/open311/v2/services/graffiti.json").param("jurisdiction_id", w.code())));
        assertThat(j.get("service_code").asString()).isEqualTo("graffiti");
        JsonNode a = j.get("attributes").get(1);
        assertThat(a.get("code").asString()).isEqualTo("surface");
        assertThat(a.get("variable").isBoolean()).isTrue();
        assertThat(a.get("required").isBoolean()).isTrue();
        assertThat(a.get("order").isNumber()).isTrue();
        assertThat(a.get("values").isArray()).isTrue();
        assertThat(a.get("values").get(0).get("key").asString()).isEqualTo("wall");
        assertThat(a.get("values").get(0).get("name").asString()).isEqualTo("Vägg eller fasad");

        // the offensive category does not ask whether it is offensive
        JsonNode o = json(call(get("/open311/v2/services/graffiti-offensive.json").param("jurisdiction_id", w.code())));
        assertThat(o.get("attributes").findValuesAsString("code")).containsExactly("surface", "area");

        MockHttpServletResponse unknown = call(get("/open311/v2/services/no-such.xml").param("jurisdiction_id", w.code()));
        assertError(unknown, 404, "xml");
        assertError(call(get("/open311/v2/services/no-such.json").param("jurisdiction_id", w.code())), 404, "json");
    }

    // ---- POST and GET requests

    @Test
    void postedRequestAnswersTheSpecificationsListInJsonAndXml() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.put("account_id", "konto-42");
        MockHttpServletResponse res = call(report(w, "json", p));
        assertThat(res.getStatus()).isEqualTo(200);
        JsonNode j = json(res);
        assertThat(j.isArray()).isTrue();
        assertThat(j).hasSize(1);
        assertThat(j.get(0).get("service_request_id").isNumber()).isTrue();
        assertThat(j.get(0).get("service_notice").asString()).contains("48 timmar");
        assertThat(j.get(0).get("account_id").asString()).isEqualTo("konto-42");
        assertThat(j.get(0).has("token")).isFalse();

        MockHttpServletResponse x = call(report(w, "xml", graffiti(w)));
        assertThat(x.getStatus()).isEqualTo(200);
        Element root = doc(x).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = child(root, "request");
        assertThat(names(request)).containsExactly("service_request_id", "service_notice", "account_id");
        assertThat(Long.parseLong(text(request, "service_request_id"))).isPositive();
        assertThat(fixture.incidents(w.municipality().id())).isEqualTo(2);
    }

    @Test
    void oneRequestInXmlAndJsonWithoutPersonalData() throws Exception {
        var w = fixture.world();
        Map<String, String> p = graffiti(w);
        p.putAll(Map.of("email", "anna.andersson@example.se", "first_name", "Anna", "last_name", "Andersson",
                "phone", "070-1234567", "device_id", "device-xyz-123", "account_id", "account-abc-789",
                "address_string", "Storgatan 1, 141 85 Huddinge", "media_url", "https://bilder.example.se/1.jpg"));
        long id = postJson(w, p);

        MockHttpServletResponse jr = call(get("/open311/v2/requests/" + id + ".json").param("jurisdiction_id", w.code()));
        assertThat(jr.getStatus()).isEqualTo(200);
        JsonNode j = json(jr);
        assertThat(j.isArray()).isTrue();
        JsonNode r = j.get(0);
        assertThat(r.propertyNames()).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(r.get("service_request_id").asLong()).isEqualTo(id);
        assertThat(r.get("status").asString()).isEqualTo("open");
        assertThat(r.get("service_code").asString()).isEqualTo("graffiti");
        assertThat(r.get("service_name").asString()).isEqualTo("Klotter");
        assertThat(r.get("description").asString()).isEqualTo("Tagg på elskåpet vid busshållplatsen");
        assertThat(r.get("agency_responsible").asString()).isEqualTo("Open311-kommun");
        assertThat(r.get("lat").isNumber()).isTrue();
        assertThat(r.get("lat").asDouble()).isEqualTo(59.2369);
        assertThat(r.get("long").asDouble()).isEqualTo(17.9819);
        assertThat(r.get("address").asString()).isEqualTo("Storgatan 1, 141 85 Huddinge");
        // the postcode written in the address; graffiti is expected gone by the guideline's 48 hours
        assertThat(r.get("zipcode").asString()).isEqualTo("141 85");
        assertThat(java.time.Duration.between(OffsetDateTime.parse(r.get("requested_datetime").asString()),
                OffsetDateTime.parse(r.get("expected_datetime").asString())).toHours()).isEqualTo(48);
        assertThat(r.get("media_url").asString()).isEqualTo("https://bilder.example.se/1.jpg");
        assertThat(r.get("requested_datetime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        OffsetDateTime.parse(r.get("updated_datetime").asString());

        MockHttpServletResponse xr = call(get("/open311/v2/requests/" + id + ".xml").param("jurisdiction_id", w.code()));
        Element root = doc(xr).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = child(root, "request");
        assertThat(names(request)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "lat")).isEqualTo("59.2369");

        for (MockHttpServletResponse res : List.of(jr, xr, call(get("/open311/v2/requests.json").param("jurisdiction_id", w.code())),
                call(get("/open311/v2/requests.xml").param("jurisdiction_id", w.code())))) {
            String body = res.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains(String.valueOf(id))
                    .doesNotContain("anna.andersson", "Anna", "Andersson", "070-1234567", "device-xyz-123", "account-abc-789");
        }
    }

    @Test
    void requestListFiltersByIdsCodeStatusAndDates() throws Exception {
        var w = fixture.world();
        long a = postJson(w, graffiti(w));
        Map<String, String> v = graffiti(w);
        v.put("service_code", "vandalism");
        v.remove("attribute[offensive]");
        v.remove("attribute[surface]");
        long b = postJson(w, v);
        String j = w.code();

        JsonNode all = json(call(get("/open311/v2/requests.json").param("jurisdiction_id", j)));
        assertThat(all.findValues("service_request_id")).extracting(JsonNode::asLong).containsExactlyInAnyOrder(a, b);

        JsonNode byCode = json(call(get("/open311/v2/requests.json").param("jurisdiction_id", j).param("service_code", "vandalism")));
        assertThat(byCode.findValues("service_request_id")).extracting(JsonNode::asLong).containsExactly(b);

        // service_request_id overrides every other filter
        JsonNode byIds = json(call(get("/open311/v2/requests.json").param("jurisdiction_id", j)
                .param("service_request_id", a + "," + b).param("service_code", "no-such").param("status", "closed")));
        assertThat(byIds.findValues("service_request_id")).extracting(JsonNode::asLong).containsExactlyInAnyOrder(a, b);

        assertThat(json(call(get("/open311/v2/requests.json").param("jurisdiction_id", j).param("status", "open")))).hasSize(2);
        assertThat(json(call(get("/open311/v2/requests.json").param("jurisdiction_id", j).param("status", "closed")))).isEmpty();
        assertThat(json(call(get("/open311/v2/requests.json").param("jurisdiction_id", j).param("status", "open,closed")))).hasSize(2);

        String now = OffsetDateTime.now().plusMinutes(1).toString();
        String dayAgo = OffsetDateTime.now().minusDays(1).toString();
        assertThat(json(call(get("/open311/v2/requests.json").param("jurisdiction_id", j)
                .param("start_date", dayAgo).param("end_date", now)))).hasSize(2);
        assertThat(json(call(get("/open311/v2/requests.json").param("jurisdiction_id", j)
                .param("start_date", "2020-01-01T00:00:00+01:00").param("end_date", "2020-02-01T00:00:00+01:00")))).isEmpty();

        Element root = doc(call(get("/open311/v2/requests.xml").param("jurisdiction_id", j))).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        assertThat(children(root)).hasSize(2).extracting(Element::getTagName).containsOnly("request");
        Element empty = doc(call(get("/open311/v2/requests.xml").param("jurisdiction_id", j).param("status", "closed")))
                .getDocumentElement();
        assertThat(empty.getTagName()).isEqualTo("service_requests");
        assertThat(children(empty)).isEmpty();

        assertError(call(get("/open311/v2/requests.json").param("jurisdiction_id", j).param("status", "pending")), 400, "json");
        assertError(call(get("/open311/v2/requests.xml").param("jurisdiction_id", j).param("start_date", "yesterday")), 400, "xml");
        assertError(call(get("/open311/v2/requests.json").param("jurisdiction_id", j)
                .param("start_date", "2020-01-01T00:00:00+01:00").param("end_date", "2020-12-01T00:00:00+01:00")), 400, "json");
        assertError(call(get("/open311/v2/requests.json").param("jurisdiction_id", j).param("service_request_id", "x1")), 400, "json");
    }

    @Test
    void unknownRequestTokenAndJurisdictionAre404() throws Exception {
        var w = fixture.world();
        assertError(call(get("/open311/v2/requests/999999999.json").param("jurisdiction_id", w.code())), 404, "json");
        assertError(call(get("/open311/v2/requests/999999999.xml").param("jurisdiction_id", w.code())), 404, "xml");
        assertError(call(get("/open311/v2/tokens/no-such-token.xml").param("jurisdiction_id", w.code())), 404, "xml");
        assertError(call(get("/open311/v2/tokens/no-such-token.json").param("jurisdiction_id", w.code())), 404, "json");
        assertError(call(get("/open311/v2/services.json").param("jurisdiction_id", "no-such-place")), 404, "json");
        // with several municipalities in the installation, a read must name its jurisdiction
        assertError(call(get("/open311/v2/services.xml")), 400, "xml");
        // a request of another municipality is not found either
        var other = fixture.world();
        long id = postJson(other, graffiti(other));
        assertError(call(get("/open311/v2/requests/" + id + ".json").param("jurisdiction_id", w.code())), 404, "json");
    }

    @Test
    void batchServiceAnswersATokenThatLeadsToTheRequest() throws Exception {
        var w = fixture.world();
        ServiceDefinitionInput in = new ServiceDefinitionInput();
        in.setType("batch");
        in.setGroup("Klotter");
        in.setAttributes(List.of(new ServiceDefinitionInput.Attribute("surface", true, "singlevaluelist", true, null, 1,
                "Vad är klottrat?", List.of(new ServiceAttribute.Value("wall", "Vägg"), new ServiceAttribute.Value("other", "Annat")))));
        services.configureService(w.municipality().id(), "graffiti", in);
        assertThat(json(call(get("/open311/v2/services.json").param("jurisdiction_id", w.code()))).get(0).get("type").asString())
                .isEqualTo("batch");

        MockHttpServletResponse res = call(report(w, "json", graffiti(w)));
        assertThat(res.getStatus()).isEqualTo(200);
        JsonNode item = json(res).get(0);
        assertThat(item.has("service_request_id")).isFalse();
        String token = item.get("token").asString();
        assertThat(token).isNotBlank();

        JsonNode t = json(call(get("/open311/v2/tokens/" + token + ".json").param("jurisdiction_id", w.code())));
        assertThat(t.isArray()).isTrue();
        long id = t.get(0).get("service_request_id").asLong();
        assertThat(t.get(0).get("token").asString()).isEqualTo(token);
        assertThat(json(call(get("/open311/v2/requests/" + id + ".json").param("jurisdiction_id", w.code()))).get(0)
                .get("service_code").asString()).isEqualTo("graffiti");

        Element x = child(doc(call(get("/open311/v2/tokens/" + token + ".xml").param("jurisdiction_id", w.code())))
                .getDocumentElement(), "request");
        assertThat(names(x)).containsExactly("service_request_id", "token");
        assertThat(Long.parseLong(text(x, "service_request_id"))).isEqualTo(id);

        MockHttpServletResponse xml = call(report(w, "xml", graffiti(w)));
        assertThat(names(child(doc(xml).getDocumentElement(), "request"))).containsExactly("token", "service_notice", "account_id");
    }

    /** The error list of GeoReport v2 with the given status, in the given format. */
    static void assertError(MockHttpServletResponse res, int status, String format) throws Exception {
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(status);
        if (format.equals("json")) {
            JsonNode j = json(res);
            assertThat(j.isArray()).isTrue();
            assertThat(j).isNotEmpty();
            assertThat(j.get(0).propertyNames()).containsExactly("code", "description");
            assertThat(j.get(0).get("code").isNumber()).isTrue();
            assertThat(j.get(0).get("code").asInt()).isEqualTo(status);
            assertThat(j.get(0).get("description").asString()).isNotBlank();
        } else {
            Element root = doc(res).getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("errors");
            Element error = child(root, "error");
            assertThat(names(error)).containsExactly("code", "description");
            assertThat(text(error, "code")).isEqualTo(String.valueOf(status));
            assertThat(text(error, "description")).isNotBlank();
        }
    }
}
