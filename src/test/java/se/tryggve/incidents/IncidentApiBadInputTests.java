package se.tryggve.incidents;

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
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.BadApiInput;
import se.tryggve.testing.IntegrationTest;

/** Every bad request to the incident and district API is a 4xx problem, never a 500 and never half-saved. */
@IntegrationTest
@AutoConfigureMockMvc
class IncidentApiBadInputTests {

    @Autowired
    MockMvc mvc;

    static Stream<BadApiInput> badRequests() {
        String missing = "999999999";
        String at = "\"categoryCode\": \"graffiti\", \"latitude\": 59.2, \"longitude\": 17.9";
        return Stream.of(
                json("incident: malformed JSON", POST, "/api/v1/incidents", "{"),
                new BadApiInput("incident: text/plain", POST, "/api/v1/incidents", "text/plain", "x"),
                json("incident: empty", POST, "/api/v1/incidents", "{}"),
                json("incident: unknown category", POST, "/api/v1/incidents", "{\"categoryCode\": \"nope\", \"latitude\": 59.2, \"longitude\": 17.9}"),
                json("incident: no position", POST, "/api/v1/incidents", "{\"categoryCode\": \"graffiti\"}"),
                json("incident: only latitude", POST, "/api/v1/incidents", "{\"categoryCode\": \"graffiti\", \"latitude\": 59.2}"),
                json("incident: latitude out of range", POST, "/api/v1/incidents", "{\"categoryCode\": \"graffiti\", \"latitude\": 99, \"longitude\": 17.9}"),
                json("incident: degrees as SWEREF", POST, "/api/v1/incidents", "{\"categoryCode\": \"graffiti\", \"northing\": 59.2, \"easting\": 17.9}"),
                json("incident: both WGS84 and SWEREF", POST, "/api/v1/incidents", "{" + at + ", \"northing\": 6570000, \"easting\": 670000}"),
                json("incident: description beyond 4000", POST, "/api/v1/incidents", "{" + at + ", \"description\": \"" + text(4001) + "\"}"),
                json("incident: address beyond 300", POST, "/api/v1/incidents", "{" + at + ", \"address\": \"" + text(301) + "\"}"),
                json("incident: unknown channel", POST, "/api/v1/incidents", "{" + at + ", \"channel\": \"PIGEON\"}"),
                json("incident: channel OPEN311", POST, "/api/v1/incidents", "{" + at + ", \"channel\": \"OPEN311\"}"),
                json("incident: reported in the future", POST, "/api/v1/incidents", "{" + at + ", \"reportedAt\": \"2999-01-01T00:00:00Z\"}"),
                json("incident: reported time not a time", POST, "/api/v1/incidents", "{" + at + ", \"reportedAt\": \"igår\"}"),
                json("incident: reporter e-mail beyond 200", POST, "/api/v1/incidents", "{" + at + ", \"reporter\": {\"email\": \"" + text(201) + "\"}}"),
                get("incident: id not a number", "/api/v1/incidents/abc"),
                get("incident: unknown", "/api/v1/incidents/" + missing),
                get("incident: unknown status filter", "/api/v1/incidents?status=NOPE"),
                get("incident: from after to", "/api/v1/incidents?from=2024-02-01&to=2024-01-01"),
                get("incident: from not a date", "/api/v1/incidents?from=igår"),
                json("transition: unknown incident", POST, "/api/v1/incidents/" + missing + "/transitions", "{\"status\": \"CLOSED\", \"version\": 0}"),
                json("transition: without version", POST, "/api/v1/incidents/" + missing + "/transitions", "{\"status\": \"CLOSED\"}"),
                json("transition: unknown status", POST, "/api/v1/incidents/" + missing + "/transitions", "{\"status\": \"GONE\", \"version\": 0}"),
                json("handling: unknown incident", PUT, "/api/v1/incidents/" + missing + "/handling", "{\"version\": 0}"),
                json("cost: unknown incident", POST, "/api/v1/incidents/" + missing + "/costs", "{\"amount\": 10, \"date\": \"2024-01-01\"}"),
                json("cost: amount not a number", POST, "/api/v1/incidents/" + missing + "/costs", "{\"amount\": \"tio\", \"date\": \"2024-01-01\"}"),
                json("photo: JSON instead of multipart", POST, "/api/v1/incidents/" + missing + "/photos", "{}"),
                get("photo: unknown", "/api/v1/incidents/" + missing + "/photos/1"),
                json("districts: not GeoJSON", POST, "/api/v1/districts/import", "{\"type\": \"Topology\"}"),
                json("districts: malformed", POST, "/api/v1/districts/import", "{"),
                json("districts: empty collection", POST, "/api/v1/districts/import", "{\"type\": \"FeatureCollection\", \"features\": []}"),
                json("districts: bad kind", POST, "/api/v1/districts/import?kind=a%20b", "{\"type\": \"FeatureCollection\", \"features\": []}"),
                json("category: code with capitals", POST, "/api/v1/incident-categories", "{\"code\": \"Graffiti\", \"name\": \"x\"}"),
                json("category: taken code", POST, "/api/v1/incident-categories", "{\"code\": \"graffiti\", \"name\": \"x\"}"),
                json("category: no name", POST, "/api/v1/incident-categories", "{\"code\": \"new-one\"}"),
                json("category: unknown guideline", POST, "/api/v1/incident-categories", "{\"code\": \"new-two\", \"name\": \"x\", \"guideline\": \"X\"}"),
                json("category: update unknown", PUT, "/api/v1/incident-categories/" + missing, "{\"code\": \"x\", \"name\": \"x\", \"version\": 0}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsA4xxProblem(BadApiInput request) throws Exception {
        request.fire(mvc);
    }
}
