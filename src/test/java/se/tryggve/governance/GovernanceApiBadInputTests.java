package se.tryggve.governance;

import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.tryggve.testing.BadApiInput.json;
import static se.tryggve.testing.BadApiInput.text;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.BadApiInput;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** Every kind of bad input to the governance API is a 4xx problem, never a 500 (column sizes included). */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class GovernanceApiBadInputTests {

    static final String DOC = "{\"kind\":\"PROGRAMME\",\"title\":\"T\",\"validFrom\":\"2020-01-01\"";
    static final String ACTIVITY = "{\"documentId\":1,\"title\":\"A\",\"goalIds\":[1],\"responsibleDepartmentId\":1,"
            + "\"status\":\"PLANNED\",\"startYear\":2020";
    static final String INDICATOR = "{\"name\":\"N\",\"unit\":\"st\",\"direction\":\"LOWER_IS_BETTER\",\"source\":\"OWN\"";

    @Autowired
    MockMvc mvc;

    static Stream<BadApiInput> badRequests() {
        return Stream.of(
                json("document: missing fields", POST, "/api/v1/governing-documents", "{}"),
                json("document: title beyond varchar(300)", POST, "/api/v1/governing-documents",
                        "{\"kind\":\"PROGRAMME\",\"title\":\"" + text(301) + "\",\"validFrom\":\"2020-01-01\"}"),
                json("document: period ends before it starts", POST, "/api/v1/governing-documents",
                        DOC + ",\"validTo\":\"2019-12-31\"}"),
                json("document: unknown kind", POST, "/api/v1/governing-documents",
                        "{\"kind\":\"MANIFESTO\",\"title\":\"T\",\"validFrom\":\"2020-01-01\"}"),
                json("document: unknown perspective", POST, "/api/v1/governing-documents", DOC + ",\"perspectives\":[\"X\"]}"),
                json("document: not a date", POST, "/api/v1/governing-documents",
                        "{\"kind\":\"PROGRAMME\",\"title\":\"T\",\"validFrom\":\"igår\"}"),
                json("document: malformed JSON", POST, "/api/v1/governing-documents", "{\"kind\":"),
                new BadApiInput("document: wrong content type", POST, "/api/v1/governing-documents", "text/plain", "T"),
                json("document update: title beyond varchar(300)", PUT, "/api/v1/governing-documents/1",
                        "{\"kind\":\"PROGRAMME\",\"title\":\"" + text(301) + "\",\"validFrom\":\"2020-01-01\",\"version\":0}"),
                json("document update: not an id", PUT, "/api/v1/governing-documents/abc", DOC + ",\"version\":0}"),
                json("adopt: body beyond varchar(200)", POST, "/api/v1/governing-documents/1/adopt",
                        "{\"body\":\"" + text(201) + "\",\"date\":\"2020-01-01\"}"),
                json("adopt: case number beyond varchar(60)", POST, "/api/v1/governing-documents/1/adopt",
                        "{\"body\":\"KF\",\"date\":\"2020-01-01\",\"caseNumber\":\"" + text(61) + "\"}"),
                json("copy: period ends before it starts", POST, "/api/v1/governing-documents/999999999/copy",
                        "{\"title\":\"K\",\"validFrom\":\"2024-01-01\",\"validTo\":\"2023-01-01\"}"),
                json("area: title beyond varchar(300)", POST, "/api/v1/governing-documents/1/areas",
                        "{\"title\":\"" + text(301) + "\"}"),
                json("area update: missing version", PUT, "/api/v1/areas/999999999", "{\"title\":\"T\"}"),
                json("goal: no owners", POST, "/api/v1/governing-documents/1/goals",
                        "{\"areaId\":1,\"title\":\"M\",\"ownerDepartmentIds\":[]}"),
                json("goal: title beyond varchar(300)", POST, "/api/v1/governing-documents/1/goals",
                        "{\"areaId\":1,\"title\":\"" + text(301) + "\",\"ownerDepartmentIds\":[1]}"),
                json("goal update: owner id not a number", PUT, "/api/v1/goals/1",
                        "{\"areaId\":1,\"title\":\"M\",\"ownerDepartmentIds\":[\"ett\"],\"version\":0}"),
                json("indicator: unit beyond varchar(40)", POST, "/api/v1/governing-documents/1/indicators",
                        "{\"name\":\"N\",\"unit\":\"" + text(41) + "\",\"direction\":\"LOWER_IS_BETTER\",\"source\":\"OWN\"}"),
                json("indicator: baseline beyond numeric(14,2)", POST, "/api/v1/governing-documents/1/indicators",
                        INDICATOR + ",\"baselineValue\":1e20}"),
                json("indicator: target beyond numeric(14,2)", POST, "/api/v1/governing-documents/1/indicators",
                        INDICATOR + ",\"targets\":{\"2021\":1000000000000000}}"),
                json("indicator: target year not a number", POST, "/api/v1/governing-documents/1/indicators",
                        INDICATOR + ",\"targets\":{\"år\":1}}"),
                json("indicator: unknown direction", POST, "/api/v1/governing-documents/1/indicators",
                        "{\"name\":\"N\",\"unit\":\"st\",\"direction\":\"SIDEWAYS\",\"source\":\"OWN\"}"),
                json("activity: missing fields", POST, "/api/v1/activities", "{}"),
                json("activity: negative cost", POST, "/api/v1/activities", ACTIVITY + ",\"costEstimate\":-1}"),
                json("activity: cost beyond numeric(14,2)", POST, "/api/v1/activities", ACTIVITY + ",\"costEstimate\":1e15}"),
                json("activity: negative year", POST, "/api/v1/activities",
                        ACTIVITY.replace("2020", "-5") + "}"),
                json("activity: year not a number", POST, "/api/v1/activities",
                        ACTIVITY.replace("2020", "\"tjugo\"") + "}"),
                json("activity: ends before it starts", POST, "/api/v1/activities", ACTIVITY + ",\"endYear\":2019}"),
                json("activity: unknown status", POST, "/api/v1/activities",
                        ACTIVITY.replace("PLANNED", "SOMETIME") + "}"),
                json("activity: title beyond varchar(300)", POST, "/api/v1/activities",
                        ACTIVITY.replace("\"A\"", "\"" + text(301) + "\"") + "}"),
                json("activity update: unknown id", PUT, "/api/v1/activities/999999999",
                        ACTIVITY + "}"),
                BadApiInput.get("activities: unknown status filter", "/api/v1/activities?status=SOMETIME"),
                BadApiInput.get("documents: page not a number", "/api/v1/governing-documents?page=first"),
                BadApiInput.get("document: id not a number", "/api/v1/governing-documents/abc"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsA4xxProblem(BadApiInput request) throws Exception {
        request.fire(mvc);
    }

    @Test
    void numbersBeyondTheColumnAre400OnAnExistingDocument() throws Exception {
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/governing-documents").with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD))
                        .contentType("application/json").content(DOC + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String body = json("indicator: baseline beyond numeric(14,2)", POST, location + "/indicators",
                INDICATOR + ",\"baselineValue\":1e20,\"targets\":{\"2021\":1000000000000000}}").fire(mvc).getContentAsString();
        org.assertj.core.api.Assertions.assertThat(body).contains("baselineValue").contains("targets");
    }

    @Test
    void pagingIsCappedAndNeverNegative() throws Exception {
        mvc.perform(get("/api/v1/governing-documents?page=-3&size=1000000")
                        .with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(200));
        mvc.perform(get("/api/v1/activities?page=" + Integer.MAX_VALUE + "&size=200")
                        .with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/activities?size=-5").with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(1));
    }

}
