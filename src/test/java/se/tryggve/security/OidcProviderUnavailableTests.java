package se.tryggve.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.WebLogin;

/** An unreachable identity provider must not keep Tryggve from starting or administrators from logging in. */
@IntegrationTest(properties = {
        "tryggve.oidc.enabled=true",
        "tryggve.oidc.issuer-uri=http://127.0.0.1:1/no-provider-here",
        "tryggve.oidc.client-id=tryggve",
        "tryggve.oidc.client-secret=unused-secret"})
@AutoConfigureMockMvc
class OidcProviderUnavailableTests {

    @Autowired
    MockMvc mvc;

    @Test
    void startsAndTheOidcButtonLeadsBackToTheLoginPageWithAMessage() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Logga in med kommunens konto")));
        mvc.perform(get("/oauth2/authorization/oidc")).andExpect(redirectedUrl("/login?oidcUnavailable"));
        mvc.perform(get("/login?oidcUnavailable"))
                .andExpect(content().string(containsString("inte tillgänglig just nu")));
        WebLogin.as(mvc, "admin", "test-admin-password-1");
    }
}
