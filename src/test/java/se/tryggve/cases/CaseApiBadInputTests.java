package se.tryggve.cases;

import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static se.tryggve.testing.BadApiInput.get;
import static se.tryggve.testing.BadApiInput.json;
import static se.tryggve.testing.BadApiInput.text;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.BadApiInput;
import se.tryggve.testing.IntegrationTest;

/** Every bad request to the cases API is a 4xx problem, never a 500 and never half-saved. */
@IntegrationTest
@AutoConfigureMockMvc
class CaseApiBadInputTests {

    @Autowired
    MockMvc mvc;

    static Stream<BadApiInput> badRequests() {
        String missing = "999999999";
        return Stream.of(
                json("case: malformed JSON", POST, "/api/v1/cases", "{"),
                new BadApiInput("case: text/plain", POST, "/api/v1/cases", "text/plain", "title"),
                json("case: empty", POST, "/api/v1/cases", "{}"),
                json("case: title beyond varchar(500)", POST, "/api/v1/cases",
                        "{\"registryId\": 1, \"title\": \"" + text(501) + "\"}"),
                json("case: classification beyond varchar(40)", POST, "/api/v1/cases",
                        "{\"registryId\": 1, \"title\": \"x\", \"classification\": \"" + text(41) + "\"}"),
                json("case: negative serial", POST, "/api/v1/cases", "{\"registryId\": 1, \"title\": \"x\", \"serial\": -1}"),
                json("case: year out of range", POST, "/api/v1/cases", "{\"registryId\": 1, \"title\": \"x\", \"year\": 99999}"),
                json("case: unknown registry", POST, "/api/v1/cases", "{\"registryId\": " + missing + ", \"title\": \"x\"}"),
                get("case: id not a number", "/api/v1/cases/abc"),
                get("case: unknown status filter", "/api/v1/cases?status=NOPE"),
                get("case: unknown", "/api/v1/cases/" + missing),
                json("case: update unknown", PUT, "/api/v1/cases/" + missing,
                        "{\"registryId\": 1, \"title\": \"x\", \"version\": 0}"),
                json("case: update without version", PUT, "/api/v1/cases/" + missing, "{\"registryId\": 1, \"title\": \"x\"}"),
                json("case: unknown status", PUT, "/api/v1/cases/" + missing + "/status", "{\"status\": \"WHAT\", \"version\": 0}"),
                json("document: JSON instead of multipart", POST, "/api/v1/cases/" + missing + "/documents", "{}"),
                get("document: unknown file", "/api/v1/cases/" + missing + "/documents/1/file"),
                json("registry: empty fields", POST, "/api/v1/registries", "{\"code\": \"\", \"name\": \"\", \"numberFormat\": \"\"}"),
                json("registry: code with a space", POST, "/api/v1/registries",
                        "{\"code\": \"K S\", \"name\": \"x\", \"numberFormat\": \"{serial}\"}"),
                json("registry: format beyond 100", POST, "/api/v1/registries",
                        "{\"code\": \"LONG\", \"name\": \"x\", \"numberFormat\": \"{serial}" + text(93) + "\"}"),
                json("registry: unknown placeholder", POST, "/api/v1/registries",
                        "{\"code\": \"UNK\", \"name\": \"x\", \"numberFormat\": \"{serial}-{month}\"}"),
                get("registry: unknown", "/api/v1/registries/" + missing),
                json("from follow-up: empty", POST, "/api/v1/cases/from-follow-up", "{}"),
                json("from follow-up: unknown follow-up", POST, "/api/v1/cases/from-follow-up",
                        "{\"followUpId\": " + missing + ", \"registryId\": " + missing + "}"),
                new BadApiInput("from follow-up: wrong method", HttpMethod.DELETE, "/api/v1/cases/from-follow-up", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsA4xxProblem(BadApiInput request) throws Exception {
        request.fire(mvc);
    }
}
