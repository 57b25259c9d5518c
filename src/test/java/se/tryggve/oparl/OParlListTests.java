package se.tryggve.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.People;
import se.tryggve.organisation.PersonInfo;
import se.tryggve.organisation.PersonInput;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * OParl 1.1 lists: paging with links.next in a stable order, the four date filters kept in every
 * link, limit capped, omit_internal, malformed dates answered 400 and unknown ids 404 in OParl's error
 * format, another municipality's ids unknown, and modified following the register's changes.
 */
// a context (and database) of its own: a test renames a demo person, which other demo tests read as the demo left it
@IntegrationTest(properties = {"tryggve.demo.enabled=true", "tryggve.test.context=oparl-lists"})
@AutoConfigureMockMvc
@Import(TestData.class)
class OParlListTests {

    static final String BODY = "http://localhost/oparl/v1.1/body/0126";
    static final List<String> LISTS = List.of("organization", "person", "membership", "legislativeTerm", "meeting",
            "agendaItem", "paper", "consultation", "file", "location");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    People people;
    @Autowired
    Municipalities municipalities;

    OParlClient client() {
        return new OParlClient(mvc);
    }

    /** All ids of a list, following links.next page by page. */
    List<String> walkPages(String firstPage) throws Exception {
        List<String> ids = new ArrayList<>();
        String next = firstPage;
        int pages = 0;
        while (next != null) {
            JsonNode page = client().json(next);
            page.get("data").forEach(o -> ids.add(o.get("id").asString()));
            next = page.get("links").has("next") ? page.get("links").get("next").asString() : null;
            assertThat(++pages).isLessThan(1000);
        }
        return ids;
    }

    @Test
    void aWalkWithLimitOneGivesEveryObjectOnceInTheSameStableOrder() throws Exception {
        for (String list : LISTS) {
            JsonNode all = client().json(BODY + "/" + list + "?limit=100");
            List<String> expected = new ArrayList<>();
            all.get("data").forEach(o -> expected.add(o.get("id").asString()));
            List<String> walked = walkPages(BODY + "/" + list + "?limit=1");
            assertThat(walked).as(list).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
            assertThat(walkPages(BODY + "/" + list + "?limit=1")).as(list + " again").isEqualTo(walked);
            assertThat(all.get("pagination").get("totalElements").asInt()).isEqualTo(expected.size());
        }
        // the last page has no next link
        JsonNode people = client().json(BODY + "/person?limit=1");
        int last = people.get("pagination").get("totalPages").asInt();
        JsonNode lastPage = client().json(people.get("links").get("last").asString());
        assertThat(lastPage.get("pagination").get("currentPage").asInt()).isEqualTo(last);
        assertThat(lastPage.get("links").has("next")).isFalse();
        assertThat(lastPage.get("links").has("prev")).isEqualTo(last > 1);
    }

    @Test
    void theFourFiltersAreKeptInEveryLink() throws Exception {
        String since = "2000-01-01T00:00:00+01:00";
        String until = "2999-12-31T23:59:59+01:00";
        String url = BODY + "/person?limit=1&created_since=" + enc(since) + "&created_until=" + enc(until)
                + "&modified_since=" + enc(since) + "&modified_until=" + enc(until);
        JsonNode page = client().json(url);
        assertThat(page.get("data").size()).isEqualTo(1);
        List<String> links = new ArrayList<>();
        page.get("links").forEach(l -> links.add(l.asString()));
        assertThat(links).hasSizeGreaterThanOrEqualTo(3).allSatisfy(link -> {
            Map<String, String> q = query(link);
            assertThat(q).containsEntry("created_since", since).containsEntry("created_until", until)
                    .containsEntry("modified_since", since).containsEntry("modified_until", until)
                    .containsEntry("limit", "1");
        });
        assertThat(walkPages(page.get("links").get("next").asString())).isNotEmpty();
    }

    @Test
    void theFiltersSelectByCreatedAndModified() throws Exception {
        String future = enc("2999-01-01T00:00:00+01:00");
        String past = enc("2000-01-01T00:00:00Z");
        assertThat(client().json(BODY + "/person?modified_since=" + future).get("data").size()).isZero();
        assertThat(client().json(BODY + "/person?created_until=" + past).get("data").size()).isZero();
        assertThat(client().json(BODY + "/person?created_since=" + past).get("data").size()).isPositive();
        assertThat(client().json(BODY + "/person?modified_until=" + future).get("data").size()).isPositive();
    }

    @Test
    void aChangeThroughTheUseCaseMovesModifiedAndTheChangedObjectIsFoundByModifiedSince() throws Exception {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        PersonInfo p = people.listPeople(m).get(0);
        JsonNode before = client().json(BODY + "/person/" + p.id());
        Thread.sleep(1100); // the times are written to the second
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        PersonInput in = new PersonInput();
        in.setFirstName(p.firstName());
        in.setLastName(p.lastName() + "-Ändrad");
        in.setEmail(p.email());
        in.setPhone(p.phone());
        in.setActive(p.active());
        people.updatePerson(m, p.id(), p.version(), in);
        JsonNode after = client().json(BODY + "/person/" + p.id());
        assertThat(after.get("familyName").asString()).endsWith("-Ändrad");
        assertThat(after.get("created").asString()).isEqualTo(before.get("created").asString());
        assertThat(OffsetDateTime.parse(after.get("modified").asString()))
                .isAfter(OffsetDateTime.parse(before.get("modified").asString()));
        JsonNode changed = client().json(BODY + "/person?modified_since=" + enc(since));
        assertThat(changed.get("data")).extracting(o -> o.get("id").asString()).contains(BODY + "/person/" + p.id());
    }

    @Test
    void aHugeLimitIsCappedNotRefused() throws Exception {
        JsonNode page = client().json(BODY + "/person?limit=99999999999999999999");
        assertThat(page.get("pagination").get("elementsPerPage").asInt()).isEqualTo(100);
        assertThat(query(page.get("links").get("self").asString())).containsEntry("limit", "100");
    }

    @Test
    void omitInternalLeavesOutEmbeddedObjects() throws Exception {
        JsonNode full = client().json(BODY + "/person");
        assertThat(full.get("data")).anySatisfy(p -> assertThat(p.has("membership")).isTrue());
        JsonNode omitted = client().json(BODY + "/person?omit_internal=true");
        assertThat(omitted.get("data")).isNotEmpty().allSatisfy(p -> assertThat(p.has("membership")).isFalse());
        assertThat(query(omitted.get("links").get("self").asString())).containsEntry("omit_internal", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"created_since=2026-13-01T00:00:00%2B01:00", "created_until=2026-01-01",
            "modified_since=yesterday", "modified_until=2026-01-01T25:00:00Z", "modified_since=2026-01-01T10:00:00",
            "limit=abc", "limit=-5", "page=x", "omit_internal=maybe"})
    void malformedParametersAnswer400InOParlsErrorFormat(String param) throws Exception {
        MockHttpServletResponse res = client().fetch(BODY + "/person?" + param);
        assertThat(res.getStatus()).isEqualTo(400);
        assertError(res);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oparl/v1.1/body/9999", "/oparl/v1.1/body/abc", "/oparl/v1.1/body/0126/person/999999",
            "/oparl/v1.1/body/0126/person/abc", "/oparl/v1.1/body/0126/organization/g999999",
            "/oparl/v1.1/body/0126/organization/x1", "/oparl/v1.1/body/0126/nothing",
            "/oparl/v1.1/body/0126/legislativeTerm/1900", "/oparl/v1.1/something",
            "/oparl/v1.1/body/0126/file/minutes-999999/access", "/oparl/v1.1/body/9999/person"})
    void unknownIdsAnswer404InOParlsErrorFormat(String path) throws Exception {
        MockHttpServletResponse res = client().fetch(path);
        assertThat(res.getStatus()).isEqualTo(404);
        assertError(res);
    }

    @Test
    void idsAreBuiltFromTheAddressTheClientUsedBehindAProxy() throws Exception {
        MockHttpServletResponse res = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/oparl/v1.1").header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "insyn.example.se"))
                .andReturn().getResponse();
        JsonNode system = OParlClient.JSON.readTree(res.getContentAsString(StandardCharsets.UTF_8));
        assertThat(system.get("id").asString()).isEqualTo("https://insyn.example.se/oparl/v1.1");
        assertThat(system.get("body").asString()).isEqualTo("https://insyn.example.se/oparl/v1.1/body");
    }

    @Test
    void theApiIsReadOnly() throws Exception {
        MockHttpServletResponse res = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/oparl/v1.1/body/0126/person")).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).isEqualTo(405);
        assertError(res);
    }

    @Test
    void anotherMunicipalitysObjectIsUnknownUnderThisBody() throws Exception {
        var other = data.newMunicipality("Annan kommun");
        PersonInput in = new PersonInput();
        in.setFirstName("Anna");
        in.setLastName("Annan");
        PersonInfo p = people.createPerson(other.id(), in);
        assertThat(client().fetch(BODY + "/person/" + p.id()).getStatus()).isEqualTo(404);
        String otherBody = "http://localhost/oparl/v1.1/body/" + other.code();
        assertThat(client().json(otherBody + "/person/" + p.id()).get("name").asString()).isEqualTo("Anna Annan");
        assertThat(client().json("http://localhost/oparl/v1.1/body?limit=100").get("data"))
                .extracting(b -> b.get("id").asString()).contains(BODY, otherBody);
    }

    static void assertError(MockHttpServletResponse res) throws Exception {
        assertThat(res.getContentType()).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(res.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode error = OParlClient.JSON.readTree(res.getContentAsString(StandardCharsets.UTF_8));
        assertThat(error.get("type").asString()).isEqualTo("https://schema.oparl.org/1.1/Error");
        assertThat(error.get("message").isString()).isTrue();
        assertThat(error.get("debug").isString()).isTrue();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, String> query(String url) {
        Map<String, String> q = new HashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return q;
    }
}
