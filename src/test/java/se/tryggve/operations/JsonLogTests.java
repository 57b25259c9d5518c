package se.tryggve.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import se.tryggve.testing.IntegrationTest;

/**
 * TRYGGVE_LOG_FORMAT=json: each log line is one JSON object (ECS), and the line of a request carries
 * its request id; a login with a wrong password logs neither the password nor anything else typed.
 */
@IntegrationTest(properties = {"tryggve.log-format=json", "logging.level.se.tryggve.requests=INFO"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class JsonLogTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theJsonLineOfARequestCarriesItsRequestIdAndNoPassword(CapturedOutput output) throws Exception {
        mvc.perform(get("/actuator/health").header("X-Request-Id", "req-json-4711"));
        mvc.perform(post("/login").param("username", "admin").param("password", "Hemligt-Lösen-99")
                .with(csrf()).header("X-Request-Id", "req-login-4712"));

        List<JsonNode> lines = output.getOut().lines().filter(l -> l.startsWith("{"))
                .map(l -> new ObjectMapper().readTree(l)).toList();
        JsonNode request = lines.stream()
                .filter(n -> n.path("message").asString("").startsWith("GET /actuator/health 200"))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON request line in:\n" + output.getOut()));
        assertThat(request.path("requestId").asString()).isEqualTo("req-json-4711");
        assertThat(request.path("log").path("logger").asString()).isEqualTo("se.tryggve.requests");
        assertThat(request.has("@timestamp")).isTrue();
        assertThat(lines).anyMatch(n -> "req-login-4712".equals(n.path("requestId").asString()));
        assertThat(output.getAll()).doesNotContain("Hemligt-Lösen-99");
    }
}
