package se.tryggve.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.tryggve.testing.BadApiInput.json;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.BadApiInput;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The read-only account and audit APIs: bad parameters are 4xx problems, writes do not exist
 * (405), and paging is capped and never overflows.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AccountsAndAuditApiBadInputTests {

    @Autowired
    MockMvc mvc;

    static Stream<BadApiInput> badRequests() {
        return Stream.of(
                BadApiInput.get("users: page not a number", "/api/v1/users?page=sista"),
                BadApiInput.get("users: size not a number", "/api/v1/users?size=alla"),
                BadApiInput.get("user: id not a number", "/api/v1/users/admin"),
                BadApiInput.get("user: unknown id", "/api/v1/users/999999999"),
                json("users: no writes", HttpMethod.POST, "/api/v1/users", "{\"username\":\"x\"}"),
                BadApiInput.get("audit: period ends before it starts", "/api/v1/audit?from=2024-02-01&to=2024-01-01"),
                BadApiInput.get("audit: not a date", "/api/v1/audit?from=igår"),
                BadApiInput.get("audit: unknown entry", "/api/v1/audit/999999999"),
                json("audit: no writes", HttpMethod.PUT, "/api/v1/audit/1", "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsA4xxProblem(BadApiInput request) throws Exception {
        request.fire(mvc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users", "/api/v1/audit"})
    void pagingIsCappedAndNeverOverflows(String path) throws Exception {
        mvc.perform(get(path + "?page=-3&size=1000000").with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(200));
        mvc.perform(get(path + "?page=" + Integer.MAX_VALUE + "&size=200")
                        .with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
    }
}
