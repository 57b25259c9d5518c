package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestDatabase;

/**
 * Baseline for the benchmark run ({@code ./mvnw -B -Pbenchmark verify}, bench/run.sh): the time to
 * render the login page over real HTTP — the floor under every page of the application.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("benchmark")
class LoginPageBenchmarkTests {

    static final int WARM_UP = 100;
    static final int MEASURED = 300;

    @LocalServerPort
    int port;

    @Test
    void loginPageRenderTime() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build();
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        }
        long[] micros = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            micros[i] = (System.nanoTime() - start) / 1_000;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        Arrays.sort(micros);
        System.out.printf("BENCHMARK login_page db=%s n=%d median_ms=%.2f p95_ms=%.2f max_ms=%.2f%n",
                TestDatabase.postgresPass() ? "postgresql" : "h2", MEASURED, micros[MEASURED / 2] / 1000.0,
                micros[(int) Math.ceil(MEASURED * 0.95) - 1] / 1000.0, micros[MEASURED - 1] / 1000.0);
    }
}
