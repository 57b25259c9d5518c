package se.tryggve.oparl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The OParl API of the demo, checked against OParl 1.1 as written in the specification: the System
 * object at the entry point, every object type of the demo in its list and at its own id, the
 * properties' types and mandatory ones, created and modified on every object (embedded ones too), and
 * every URL in any answer answering 200. Nothing internal (e-mail, phone) in any answer.
 */
@IntegrationTest(properties = "tryggve.demo.enabled=true")
@AutoConfigureMockMvc
@Import(TestData.class)
class OParlContractTests {

    static final String BASE = "http://localhost/oparl/v1.1";

    /** The types the demo has: its organisation register and the adjusted TDB meeting with its paragraphs. */
    static final Set<String> DEMO_TYPES = Set.of("System", "Body", "LegislativeTerm", "Organization", "Person",
            "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location");

    @Autowired
    MockMvc mvc;

    /** One walk of the whole demo API for the tests of this class (it renders every PDF, so only once). */
    private static OParlClient.Walk walk;

    OParlClient.Walk walk() throws Exception {
        if (walk == null) {
            walk = new OParlClient(mvc).walk(BASE, res ->
                    assertThat(res.getHeader("Access-Control-Allow-Origin")).as("CORS").isEqualTo("*"));
        }
        return walk;
    }

    @Test
    void theSystemObjectAnswersAtTheEntryPoint() throws Exception {
        JsonNode system = new OParlClient(mvc).json("/oparl/v1.1");
        assertThat(system.get("id").asString()).isEqualTo(BASE);
        assertThat(system.get("type").asString()).isEqualTo("https://schema.oparl.org/1.1/System");
        assertThat(system.get("oparlVersion").asString()).isEqualTo("https://schema.oparl.org/1.1/");
        assertThat(system.get("body").asString()).isEqualTo(BASE + "/body");
        JsonNode bodies = new OParlClient(mvc).json(system.get("body").asString());
        assertThat(bodies.get("data")).anySatisfy(b -> {
            assertThat(b.get("id").asString()).isEqualTo(BASE + "/body/0126");
            assertThat(b.get("name").asString()).isEqualTo("Huddinge kommun");
        });
    }

    @Test
    void everyObjectOfTheDemoFollowsTheSpecificationAndEveryUrlAnswers() throws Exception {
        OParlClient client = new OParlClient(mvc);
        OParlClient.Walk walk = walk();
        assertThat(walk.objects.keySet()).containsAll(DEMO_TYPES);
        // every object answers at its own id, as itself
        for (List<JsonNode> objects : walk.objects.values()) {
            for (JsonNode o : objects) {
                assertThat(walk.urls).contains(o.get("id").asString());
            }
        }
        // every list of the body answers with data, pagination and links
        JsonNode body = client.json(BASE + "/body/0126");
        for (String list : List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
                "locationList", "legislativeTermList", "membership")) {
            JsonNode answer = client.json(body.get(list).asString());
            assertThat(answer.get("data").isArray()).as(list).isTrue();
            assertThat(answer.get("pagination").isObject()).as(list).isTrue();
            assertThat(answer.get("links").get("first").asString()).as(list).startsWith(body.get(list).asString());
        }
        assertThat(walk.objects.get("Organization")).extracting(o -> o.get("organizationType").asString())
                .contains("Gremium", "Fraktion");
    }

    @Test
    void noAnswerCarriesAnEmailAddressOrPhoneNumber() throws Exception {
        OParlClient.Walk walk = walk();
        assertThat(walk.bodies).isNotEmpty().allSatisfy(body -> {
            assertThat(OParlClient.EMAIL.matcher(body).find()).as(body).isFalse();
            assertThat(OParlClient.PHONE.matcher(body).find()).as(body).isFalse();
        });
        assertThat(walk.objects.get("Person")).allSatisfy(p -> {
            assertThat(p.has("email")).isFalse();
            assertThat(p.has("phone")).isFalse();
            assertThat(p.has("location")).isFalse();
        });
    }

    @Test
    void answersAreUtf8JsonWithCorsAndAnEtagThatGives304() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/oparl/v1.1/body/0126/person")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentType()).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(first.getContentAsByteArray()[0]).isEqualTo((byte) '{'); // no BOM
        assertThat(first.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        MockHttpServletResponse again = mvc.perform(get("/oparl/v1.1/body/0126/person").header("If-None-Match", etag))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);

        MockHttpServletResponse preflight = mvc.perform(options("/oparl/v1.1/body/0126/person")
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET"))
                .andReturn().getResponse();
        assertThat(preflight.getStatus()).isBetween(200, 204);
        assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.getHeader("Access-Control-Allow-Methods")).contains("GET");

        MockHttpServletResponse error = mvc.perform(get("/oparl/v1.1/body/0126/person/0")).andReturn().getResponse();
        assertThat(error.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    }
}
