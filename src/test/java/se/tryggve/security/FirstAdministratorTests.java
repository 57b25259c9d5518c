package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
class FirstAdministratorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository repository;

    @Test
    void firstStartCreatesAdminWithConfiguredPasswordStoredAsHash() {
        UserAccount admin = repository.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(admin.passwordHash).startsWith("{bcrypt}").doesNotContain("test-admin-password-1");
        assertThat(admin.roleSet()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void healthAnswersWithoutLogin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void apiWithoutOrWithWrongCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/anything")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/anything").with(httpBasic("admin", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void pagesRedirectToLoginAndLoginPageIsPublic() throws Exception {
        mvc.perform(get("/programmes")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }
}
