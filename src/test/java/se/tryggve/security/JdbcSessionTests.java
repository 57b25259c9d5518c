package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import se.tryggve.testing.IntegrationTest;

/**
 * Login sessions in the database (Spring Session JDBC, issue 8), over real HTTP: the form login with its
 * CSRF token and an OIDC login both end in a row of {@code spring_session}; the cookie is HttpOnly and
 * SameSite=Lax, and Secure when the request came over TLS through a proxy on an internal address
 * (X-Forwarded-Proto); the password hash is not stored in the session; logging out deletes the row.
 * The test profile keeps the container's sessions for MockMvc tests, so this one turns JDBC sessions on.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
class JdbcSessionTests {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("tryggve.oidc.enabled", () -> "true");
        registry.add("tryggve.oidc.issuer-uri", () -> PROVIDER.issuerUrl("kommun").toString());
        registry.add("tryggve.oidc.client-id", () -> "tryggve");
        registry.add("tryggve.oidc.client-secret", () -> "client-secret-for-tests");
        registry.add("tryggve.oidc.role-claim", () -> "groups");
        registry.add("tryggve.oidc.role-mapping.tryggve-lasare", () -> "READER");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static HttpResponse<String> formLogin(HttpClient http, URI base, String user, String password, String forwardedProto)
            throws Exception {
        String page = http.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page));
        HttpRequest.Builder post = HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (forwardedProto != null) {
            post.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    long sessionsOf(String principal) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :p").param("p", principal).query(Long.class).single();
    }

    @Test
    void formLoginWithCsrfLandsInTheSessionTableAndLogoutRemovesIt() throws Exception {
        HttpClient http = client();
        long before = sessionsOf("admin");
        HttpResponse<String> login = formLogin(http, uri("/"), "admin", "test-admin-password-1", null);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        assertThat(http.send(HttpRequest.newBuilder(uri("/account")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(sessionsOf("admin")).isEqualTo(before + 1);
        // the security context is in the database, but not the password hash (AccountUserDetails erases it)
        List<byte[]> attributes = jdbc.sql("""
                select a.attribute_bytes from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                 where s.principal_name = 'admin'""").query(byte[].class).list();
        assertThat(attributes).isNotEmpty().allSatisfy(b -> assertThat(new String(b, StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}"));

        // a POST without the CSRF token is refused although the session is valid
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(sessionsOf("admin")).isEqualTo(before + 1);

        String token = csrf(http.send(HttpRequest.newBuilder(uri("/account")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(sessionsOf("admin")).isEqualTo(before);
        assertThat(http.send(HttpRequest.newBuilder(uri("/account")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aFlashAttributeSurvivesTheRedirectThroughTheStoredSession() throws Exception {
        // the new Open311 key is handed to the next page as a flash attribute, which rides in the session
        HttpClient http = client();
        assertThat(formLogin(http, uri("/"), "admin", "test-admin-password-1", null).statusCode()).isEqualTo(302);
        String token = csrf(http.send(HttpRequest.newBuilder(uri("/admin/open311")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/admin/open311/keys"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + enc("Flash-appen") + "&contact=&_csrf=" + enc(token))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(302);
        HttpResponse<String> next = http.send(HttpRequest.newBuilder(uri("/admin/open311")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("Flash-appen").contains("id=\"new-key\"");
        // shown once: the flash is gone from the session after that page
        assertThat(http.send(HttpRequest.newBuilder(uri("/admin/open311")).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                .doesNotContain("id=\"new-key\"");
    }

    @Test
    void theCookieIsSecureWhenATlsProxyForwardedTheRequest() throws Exception {
        HttpResponse<String> login = formLogin(client(), uri("/"), "admin", "test-admin-password-1", "https");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
                .singleElement().satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
    }

    @Test
    void oidcLoginKeepsItsStateAndUserInTheSharedSession() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("kommun", "sub-session-1", "JWT", List.of("tryggve"),
                Map.of("preferred_username", "sessions.oidc", "groups", List.of("tryggve-lasare")), 3600));
        HttpClient http = client();
        URI next = uri("/oauth2/authorization/oidc");
        for (int hop = 0; hop < 10 && !(next.getPort() == port && next.getPath().equals("/")); hop++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("hop %d to %s", hop, next).isBetween(300, 399);
            next = next.resolve(r.headers().firstValue("Location").orElseThrow());
        }
        assertThat(next.getPath()).isEqualTo("/");
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(uri("/account")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("sessions.oidc");
        // Spring Security names an OIDC principal by its subject
        assertThat(sessionsOf("sub-session-1")).isEqualTo(1);
    }
}
