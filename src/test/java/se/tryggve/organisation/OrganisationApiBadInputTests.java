package se.tryggve.organisation;

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

/** Every kind of bad input to the organisation API is a 4xx problem, never a 500 (column sizes included). */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OrganisationApiBadInputTests {

    @Autowired
    MockMvc mvc;

    static Stream<BadApiInput> badRequests() {
        return Stream.of(
                json("department: missing name", POST, "/api/v1/departments", "{}"),
                json("department: name beyond varchar(200)", POST, "/api/v1/departments", "{\"name\":\"" + text(201) + "\"}"),
                json("department: short name beyond varchar(40)", POST, "/api/v1/departments",
                        "{\"name\":\"N\",\"shortName\":\"" + text(41) + "\"}"),
                json("department: active not a boolean", POST, "/api/v1/departments", "{\"name\":\"N\",\"active\":\"kanske\"}"),
                json("department: malformed JSON", POST, "/api/v1/departments", "{\"name\":"),
                new BadApiInput("department: wrong content type", POST, "/api/v1/departments", "text/plain", "N"),
                json("department update: name beyond varchar(200)", PUT, "/api/v1/departments/1",
                        "{\"name\":\"" + text(201) + "\",\"version\":0}"),
                json("department update: not an id", PUT, "/api/v1/departments/ett", "{\"name\":\"N\",\"version\":0}"),
                json("body: unknown type", POST, "/api/v1/bodies", "{\"name\":\"N\",\"type\":\"PARLIAMENT\"}"),
                json("body: name beyond varchar(200)", POST, "/api/v1/bodies", "{\"name\":\"" + text(201) + "\",\"type\":\"BOARD\"}"),
                json("body: unknown parent", POST, "/api/v1/bodies", "{\"name\":\"N\",\"type\":\"BOARD\",\"parentId\":999999999}"),
                json("body: negative parent", POST, "/api/v1/bodies", "{\"name\":\"N\",\"type\":\"BOARD\",\"parentId\":-1}"),
                json("party: abbreviation beyond varchar(20)", POST, "/api/v1/parties",
                        "{\"abbreviation\":\"" + text(21) + "\",\"name\":\"N\"}"),
                json("party: missing name", POST, "/api/v1/parties", "{\"abbreviation\":\"P\"}"),
                json("person: first name beyond varchar(100)", POST, "/api/v1/people",
                        "{\"firstName\":\"" + text(101) + "\",\"lastName\":\"L\"}"),
                json("person: email beyond varchar(200)", POST, "/api/v1/people",
                        "{\"firstName\":\"F\",\"lastName\":\"L\",\"email\":\"" + text(195) + "@x.se\"}"),
                json("person: phone beyond varchar(50)", POST, "/api/v1/people",
                        "{\"firstName\":\"F\",\"lastName\":\"L\",\"phone\":\"" + "1".repeat(51) + "\"}"),
                json("person: not an email", POST, "/api/v1/people", "{\"firstName\":\"F\",\"lastName\":\"L\",\"email\":\"nej\"}"),
                json("person update: missing version", PUT, "/api/v1/people/999999999", "{\"firstName\":\"F\",\"lastName\":\"L\"}"),
                json("membership: missing fields", POST, "/api/v1/memberships", "{}"),
                json("membership: unknown role", POST, "/api/v1/memberships",
                        "{\"personId\":1,\"bodyId\":1,\"role\":\"KING\",\"validFrom\":\"2022-01-01\"}"),
                json("membership: not a date", POST, "/api/v1/memberships",
                        "{\"personId\":1,\"bodyId\":1,\"role\":\"MEMBER\",\"validFrom\":\"snart\"}"),
                json("membership: ends before it starts", POST, "/api/v1/memberships",
                        "{\"personId\":999999999,\"bodyId\":999999999,\"role\":\"MEMBER\",\"validFrom\":\"2022-01-01\",\"validTo\":\"2021-01-01\"}"),
                json("membership: person id not a number", POST, "/api/v1/memberships",
                        "{\"personId\":\"Anna\",\"bodyId\":1,\"role\":\"MEMBER\",\"validFrom\":\"2022-01-01\"}"),
                BadApiInput.get("memberships: date filter not a date", "/api/v1/memberships?date=idag"),
                BadApiInput.get("people: page not a number", "/api/v1/people?page=sista"),
                BadApiInput.get("body: id not a number", "/api/v1/bodies/abc"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsA4xxProblem(BadApiInput request) throws Exception {
        request.fire(mvc);
    }

    @Test
    void pagingIsCappedAndNeverNegative() throws Exception {
        mvc.perform(get("/api/v1/departments?page=-3&size=1000000")
                        .with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(200));
        mvc.perform(get("/api/v1/people?page=" + Integer.MAX_VALUE + "&size=200")
                        .with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
    }
}
