package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Issue 8, rate limits (limits lowered here so the test is quick): failed logins per client address through the
 * form and through HTTP Basic share one bucket; when it is empty even the right password is answered 429 with
 * Retry-After — the login page with a Swedish message, an RFC 7807 problem on the API — until it has refilled;
 * another address is not affected. Open311 POSTs per api_key: 429 in GeoReport v2's error list, JSON or XML,
 * and accepted again after the window.
 */
@IntegrationTest(properties = {"tryggve.rate-limit.login.failures=3", "tryggve.rate-limit.login.failures-per-minute=60",
        "tryggve.rate-limit.open311.burst=3", "tryggve.rate-limit.open311.per-second=2"})
@AutoConfigureMockMvc
@Import(TestData.class)
class RateLimitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Municipalities municipalities;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    long huddinge() {
        return municipalities.findByCode("0126").orElseThrow().id();
    }

    @Test
    void failedFormLoginsFromOneAddressAreThrottledAndTheWindowRefills() throws Exception {
        String user = data.newUser(huddinge(), null, Role.READER);
        for (int i = 0; i < 3; i++) {
            // an unknown user name, so the account lockout plays no part
            mvc.perform(login("guess-" + i, "wrong", "10.8.0.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(user, TestData.PASSWORD, "10.8.0.1"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(forwardedUrl(LoginThrottle.TOO_MANY_PATH));
        // another address logs in as usual
        mvc.perform(login(user, TestData.PASSWORD, "10.8.0.2"))
                .andExpect(redirectedUrl("/"));
        // one failure a second refills the bucket
        Thread.sleep(1100);
        mvc.perform(login(user, TestData.PASSWORD, "10.8.0.1"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theLoginPageSaysWhyInSwedishAndEnglish() throws Exception {
        mvc.perform(get(LoginThrottle.TOO_MANY_PATH).requestAttr("retryAfterSeconds", 7L))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("För många misslyckade inloggningar från din adress. Vänta 7 sekunder")))
                .andExpect(content().string(containsString("name=\"username\"")));
        mvc.perform(get(LoginThrottle.TOO_MANY_PATH + "?lang=en").requestAttr("retryAfterSeconds", 7L))
                .andExpect(content().string(containsString("Too many failed logins from your address")));
    }

    @Test
    void failedBasicLoginsAreThrottledWithAProblem() throws Exception {
        String admin = data.newUser(huddinge(), null, Role.ADMINISTRATOR);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/users").with(httpBasic("nobody-" + i, "wrong")).with(from("10.8.1.1")))
                    .andExpect(status().isUnauthorized());
        }
        String body = mvc.perform(get("/api/v1/users").with(httpBasic(admin, TestData.PASSWORD)).with(from("10.8.1.1")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":429").contains("För många misslyckade inloggningar");
        // successful logins take nothing: the API answers other addresses, and this one after the window
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/users").with(httpBasic(admin, TestData.PASSWORD)).with(from("10.8.1.2")))
                    .andExpect(status().isOk());
        }
        Thread.sleep(1100);
        mvc.perform(get("/api/v1/users").with(httpBasic(admin, TestData.PASSWORD)).with(from("10.8.1.1")))
                .andExpect(status().isOk());
    }

    @Test
    void open311PostsAreLimitedPerApiKeyInTheStandardsErrorFormat() throws Exception {
        // the keys are unknown (403 from the endpoint): the limit answers before any key is looked up
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/open311/v2/requests.json").param("api_key", "key-a").param("service_code", "graffiti"))
                    .andExpect(status().isForbidden());
        }
        String json = mvc.perform(post("/open311/v2/requests.json").param("api_key", "key-a").param("service_code", "graffiti"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).startsWith("[{\"code\":429,\"description\":\"För många förfrågningar");
        String xml = mvc.perform(post("/open311/v2/requests.xml").param("api_key", "key-a"))
                .andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<errors><error><code>429</code>");
        // another key is not affected, and reading is never limited
        mvc.perform(post("/open311/v2/requests.json").param("api_key", "key-b")).andExpect(status().isForbidden());
        mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk());
        // two a second: after the window the key is served again
        Thread.sleep(600);
        mvc.perform(post("/open311/v2/requests.json").param("api_key", "key-a")).andExpect(status().isForbidden());
    }
}
