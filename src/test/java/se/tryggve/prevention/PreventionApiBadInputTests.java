package se.tryggve.prevention;

import static org.springframework.http.HttpMethod.DELETE;
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

/** Every bad request to the extremism follow-up's API is a 4xx problem, never a 500 and never half-saved. */
@IntegrationTest
@AutoConfigureMockMvc
class PreventionApiBadInputTests {

    @Autowired
    MockMvc mvc;

    static Stream<BadApiInput> badRequests() {
        String missing = "999999999";
        String entries = "/api/v1/prevention/entries";
        return Stream.of(
                json("entry: malformed JSON", POST, entries, "{"),
                new BadApiInput("entry: text/plain", POST, entries, "text/plain", "year"),
                json("entry: empty", POST, entries, "{}"),
                json("entry: negative trainings", POST, entries, "{\"year\": 2021, \"trainings\": -1}"),
                json("entry: negative participants", POST, entries, "{\"year\": 2021, \"trainingParticipants\": -5}"),
                json("entry: negative meetings", POST, entries, "{\"year\": 2021, \"coordinationMeetings\": -1}"),
                json("entry: negative consultations", POST, entries, "{\"year\": 2021, \"consultations\": -1}"),
                json("entry: negative concerns", POST, entries, "{\"year\": 2021, \"concernsHandled\": -1}"),
                json("entry: count beyond integer", POST, entries, "{\"year\": 2021, \"trainings\": 99999999999}"),
                json("entry: count not a number", POST, entries, "{\"year\": 2021, \"trainings\": \"many\"}"),
                json("entry: year in the future", POST, entries, "{\"year\": 9999}"),
                json("entry: year long gone", POST, entries, "{\"year\": 1066}"),
                json("entry: unknown department", POST, entries, "{\"year\": 2021, \"departmentId\": " + missing + "}"),
                json("entry: narrative with personal number", POST, entries,
                        "{\"year\": 2021, \"narrative\": \"Gäller 19811218-9876\"}"),
                json("entry: narrative beyond 4000", POST, entries, "{\"year\": 2021, \"narrative\": \"" + text(4001) + "\"}"),
                get("entry: id not a number", entries + "/abc"),
                get("entry: unknown", entries + "/" + missing),
                get("entries: year not a number", entries + "?year=twenty"),
                json("entry: update unknown", PUT, entries + "/" + missing, "{\"year\": 2021, \"version\": 0}"),
                json("entry: update without version", PUT, entries + "/" + missing, "{\"year\": 2021}"),
                new BadApiInput("entry: delete unknown", DELETE, entries + "/" + missing, null, null),
                get("published: year without figures", "/api/v1/prevention/published/1990"),
                get("published: year not a number", "/api/v1/prevention/published/next"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsA4xxProblem(BadApiInput request) throws Exception {
        request.fire(mvc);
    }
}
