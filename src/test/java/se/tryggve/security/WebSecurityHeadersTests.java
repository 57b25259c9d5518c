package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;

/**
 * Issue 8, security hardening: every filter chain (Open311, OParl, the JSON API, the pages) answers with a
 * Content-Security-Policy that forbids framing ({@code frame-ancestors 'none'}), a Referrer-Policy and
 * {@code X-Content-Type-Options: nosniff} — on refusals and errors too; HSTS only on a request that came
 * over TLS (RFC 6797 7.2: never over plain http), including one a proxy marks with
 * {@code X-Forwarded-Proto: https}; and the templates hold no inline script, inline style or event handler,
 * which the pages' policy would refuse.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WebSecurityHeadersTests {

    /** One answer of each chain, public and refused ones alike. */
    static final List<String> PATHS = List.of(
            "/open311/v2/discovery.json", "/open311/v2/services.xml", "/open311/v2/requests/999999.json",
            "/oparl/v1.1", "/oparl/v1.1/body/9999",
            "/api/v1/calendar/holidays?year=2026", "/api/v1/users", "/api/v1/no-such-thing",
            "/login", "/kommun", "/tillganglighet", "/anslagstavla", "/actuator/health", "/programmes", "/no-such-page");

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void everyChainSendsTheSecurityHeadersAndNoHstsOverHttp() throws Exception {
        for (String path : PATHS) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            String csp = r.getHeader("Content-Security-Policy");
            assertThat(csp).as("CSP of " + path).isNotNull().contains("frame-ancestors 'none'").contains("default-src")
                    .doesNotContain("'unsafe-eval'");
            assertThat(csp).as("no inline script may run on " + path).doesNotContain("script-src 'unsafe-inline'");
            assertThat(r.getHeader("Referrer-Policy")).as("Referrer-Policy of " + path).isIn("no-referrer", "same-origin");
            assertThat(r.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(r.getHeader("Strict-Transport-Security")).as("no HSTS over http: " + path).isNull();
        }
    }

    @Test
    void thePagesForbidInlineScriptsAndStylesAndTheMachineChainsForbidEverything() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(page).contains("script-src 'self'").contains("style-src 'self'").contains("object-src 'none'")
                .doesNotContain("unsafe-inline");
        for (String path : List.of("/open311/v2/discovery.json", "/oparl/v1.1")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getHeader("Content-Security-Policy"))
                    .as(path).startsWith("default-src 'none'").doesNotContain("script-src");
        }
    }

    @Test
    void hstsOnEverySecureRequest() throws Exception {
        for (String path : PATHS) {
            MockHttpServletResponse r = mvc.perform(get(path).secure(true)).andReturn().getResponse();
            assertThat(r.getHeader("Strict-Transport-Security")).as("HSTS over https: " + path)
                    .isEqualTo("max-age=31536000 ; includeSubDomains");
        }
    }

    @Test
    void hstsWhenTheProxyInFrontSaysTheRequestCameOverTls() throws Exception {
        // the real server (Tomcat's RemoteIpValve through server.forward-headers-strategy=native): a TLS-terminating
        // proxy on a loopback/private address forwards https as X-Forwarded-Proto
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> behindTls = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
    }

    /** Templates that are standalone documents for the PDF renderer or the API may carry their own styles. */
    static final Set<String> DOCUMENTS = Set.of("followup/report.html", "est/document.html", "assessment/document.html",
            "meetings/minutes.html", "meetings/extract.html");

    @Test
    void noTemplateHasAnInlineScriptStyleOrEventHandler() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\s(th:)?src=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern styleAttribute = Pattern.compile("\\s(th:|data-th-)?style\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern styleElement = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
        Pattern javascriptUrl = Pattern.compile("(href|src)\\s*=\\s*[\"']\\s*javascript:", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
                String name = root.relativize(f).toString().replace('\\', '/');
                String text;
                try {
                    text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (inlineScript.matcher(text).find()) found.add(name + ": inline <script>");
                if (styleAttribute.matcher(text).find()) found.add(name + ": style attribute");
                if (handler.matcher(text).find()) found.add(name + ": on…= event handler");
                if (javascriptUrl.matcher(text).find()) found.add(name + ": javascript: URL");
                if (!DOCUMENTS.contains(name) && styleElement.matcher(text).find()) found.add(name + ": <style> element");
            });
        }
        assertThat(found).as("the Content-Security-Policy of the pages refuses these").isEmpty();
    }
}
