package se.tryggve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.tryggve.testing.IntegrationTest;

/**
 * The API description and its viewer are public: integrators read them before they have an
 * account. Tested over real HTTP, through the whole security filter chain.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiDocsAnswerJsonWithoutLogin() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"openapi\"").contains("\"info\"");
    }

    @Test
    void swaggerUiAnswersWithoutLogin() throws Exception {
        HttpResponse<String> index = get("/swagger-ui/index.html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).containsIgnoringCase("swagger");

        HttpResponse<String> shortcut = get("/swagger-ui.html");
        assertThat(shortcut.statusCode()).isIn(200, 302);
        if (shortcut.statusCode() == 302) {
            assertThat(shortcut.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).contains("/swagger-ui/index.html"));
        }
    }
}
