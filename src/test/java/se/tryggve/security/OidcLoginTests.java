package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import se.tryggve.audit.AuditLog;
import se.tryggve.testing.IntegrationTest;

/**
 * OIDC login against a real (mock) provider: the authorization-code flow is driven over HTTP, from
 * the login button through the provider back to a Tryggve session.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OidcLoginTests {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    static final String ISSUER_ID = "kommun";

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("tryggve.oidc.enabled", () -> "true");
        registry.add("tryggve.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
        registry.add("tryggve.oidc.client-id", () -> "tryggve");
        registry.add("tryggve.oidc.client-secret", () -> "client-secret-for-tests");
        registry.add("tryggve.oidc.role-claim", () -> "groups");
        registry.add("tryggve.oidc.role-mapping.tryggve-admin", () -> "ADMINISTRATOR");
        registry.add("tryggve.oidc.role-mapping.tryggve-lasare", () -> "READER");
        registry.add("tryggve.oidc.role-mapping.tryggve-samordnare", () -> "SECURITY_COORDINATOR");
        registry.add("tryggve.oidc.role-mapping.tryggve-rapportor", () -> "DEPARTMENT_REPORTER");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    AuditLog audit;

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    String app() {
        return "http://localhost:" + port;
    }

    void enqueueLogin(String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("tryggve"), claims, 3600));
    }

    URI login() throws Exception {
        return loginWith(http);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void loginPageOffersTheMunicipalityAccount() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.body()).contains("Logga in med kommunens konto").contains("/oauth2/authorization/oidc");
    }

    @Test
    void firstLoginCreatesTheAccountAndRolesAreRefreshedAtTheNextLogin() throws Exception {
        enqueueLogin("sub-anna-1", Map.of("preferred_username", "anna.oidc", "name", "Anna Andersson",
                "email", "anna@kommun.example", "groups", List.of("tryggve-admin", "other-group")));
        URI landing = login();
        assertThat(landing.getPath()).isEqualTo("/");

        HttpResponse<String> account = get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Anna Andersson").contains("anna.oidc").contains("Administratör")
                .contains("kommunens konto");
        assertThat(get("/admin/users").statusCode()).isEqualTo(200);

        UserAccount created = repository.findByOidcSubject("sub-anna-1").orElseThrow();
        assertThat(created.username).isEqualTo("anna.oidc");
        assertThat(created.passwordHash).isNull();
        assertThat(created.roleSet()).containsExactly(Role.ADMINISTRATOR);
        var entries = audit.search(created.municipalityId,
                new AuditLog.Filter(null, "UserAccount", String.valueOf(created.id), "created", null, null), 0, 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).changes()).containsKey("roles").containsKey("oidcSubject");

        // the provider now says reader only: the account follows at the next login
        HttpClient fresh = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        enqueueLogin("sub-anna-1", Map.of("preferred_username", "anna.oidc", "name", "Anna Andersson",
                "groups", List.of("tryggve-lasare")));
        URI again = loginWith(fresh);
        assertThat(again.getPath()).isEqualTo("/");
        assertThat(repository.findByOidcSubject("sub-anna-1").orElseThrow().roleSet()).containsExactly(Role.READER);
        assertThat(fresh.send(HttpRequest.newBuilder(URI.create(app() + "/admin/users")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(audit.search(created.municipalityId,
                new AuditLog.Filter(null, "UserAccount", String.valueOf(created.id), "updated", null, null), 0, 10))
                .anySatisfy(e -> assertThat(e.changes()).containsKey("roles"));
    }

    @Test
    void aRoleClaimThatMapsToNothingIsRefusedWithASwedishMessage() throws Exception {
        enqueueLogin("sub-bertil-2", Map.of("preferred_username", "bertil.oidc", "groups", List.of("some-other-group")));
        URI landing = login();
        assertThat(landing.getPath()).isEqualTo("/login");
        assertThat(landing.getQuery()).isEqualTo("oidcNoRole");
        HttpResponse<String> page = get("/login?oidcNoRole");
        assertThat(page.body()).contains("ingen roll i Tryggve");
        assertThat(repository.findByOidcSubject("sub-bertil-2")).isEmpty();
        assertThat(repository.findByUsernameIgnoreCase("bertil.oidc")).isEmpty();
        // and no session was created: pages still ask for a login
        HttpResponse<String> account = get("/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aReporterWithoutDepartmentGetsTheAccountButNoSessionUntilAnAdministratorSetsOne() throws Exception {
        enqueueLogin("sub-david-4", Map.of("preferred_username", "david.oidc", "groups", List.of("tryggve-rapportor")));
        URI landing = login();
        assertThat(landing.getPath()).isEqualTo("/login");
        assertThat(landing.getQuery()).isEqualTo("oidcNoDepartment");
        assertThat(get("/login?oidcNoDepartment").body()).contains("saknar förvaltning");
        assertThat(repository.findByOidcSubject("sub-david-4").orElseThrow().roleSet()).containsExactly(Role.DEPARTMENT_REPORTER);
        assertThat(get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void aSingleStringRoleClaimWorksToo() throws Exception {
        enqueueLogin("sub-cecilia-3", Map.of("preferred_username", "cecilia.oidc", "groups", "tryggve-samordnare"));
        assertThat(login().getPath()).isEqualTo("/");
        assertThat(repository.findByOidcSubject("sub-cecilia-3").orElseThrow().roleSet())
                .containsExactly(Role.SECURITY_COORDINATOR);
        // no name claim: the username is the display name
        assertThat(get("/account").body()).contains("cecilia.oidc");
    }

    /** Follows redirects from the OIDC button until the app sends the browser to one of its own pages. */
    URI loginWith(HttpClient client) throws Exception {
        URI uri = URI.create(app() + "/oauth2/authorization/oidc");
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("hop %d to %s: %s", hop, uri, r.body()).isBetween(300, 399);
            URI next = uri.resolve(r.headers().firstValue("Location").orElseThrow());
            boolean appPage = next.getPort() == port && !next.getPath().startsWith("/login/oauth2/")
                    && !next.getPath().startsWith("/oauth2/");
            if (appPage) {
                return next;
            }
            uri = next;
        }
        throw new AssertionError("too many redirects");
    }
}
