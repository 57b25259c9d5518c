package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.audit.AuditLog;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * Guessing passwords locks the account (test profile: after 3 failures), through the form and
 * through HTTP Basic alike; pages refuse POSTs without a CSRF token; passwords are stored and
 * logged only as bcrypt hashes — never in clear text.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
@ExtendWith(OutputCaptureExtension.class)
class LoginProtectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    Municipalities municipalities;
    @Autowired
    AuditLog audit;
    @Autowired
    OidcSettings oidcSettings;

    long huddinge() {
        return municipalities.findByCode("0126").orElseThrow().id();
    }

    UserAccount account(String username) {
        return repository.findByUsernameIgnoreCase(username).orElseThrow();
    }

    @Test
    void threeFailedFormLoginsLockTheAccountAndTheRightPasswordIsThenRefused() throws Exception {
        String user = data.newUser(huddinge(), null, Role.READER);
        for (int i = 1; i <= 2; i++) {
            mvc.perform(formLogin("/login").user(user).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
            assertThat(account(user).failedAttempts).isEqualTo(i);
            assertThat(account(user).lockedUntil).isNull();
        }
        mvc.perform(formLogin("/login").user(user).password("wrong-3")).andExpect(redirectedUrl("/login?error"));
        UserAccount locked = account(user);
        assertThat(locked.lockedUntil).isAfter(Instant.now().plusSeconds(60));

        // the right password during the lock: refused, no session, same message as a wrong password
        var result = mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/account").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login?error")).andExpect(content().string(containsString("tillfälligt låst")));

        var entries = audit.search(huddinge(), new AuditLog.Filter(null, "UserAccount", String.valueOf(locked.id), "locked",
                null, null), 0, 10);
        assertThat(entries).hasSize(1);

        // when the lock has run out, the right password works again and clears the counter
        locked.lockedUntil = Instant.now().minusSeconds(1);
        repository.save(locked);
        WebLogin.as(mvc, user);
        assertThat(account(user).lockedUntil).isNull();
        assertThat(account(user).failedAttempts).isZero();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        String user = data.newUser(huddinge(), null, Role.READER);
        mvc.perform(formLogin("/login").user(user).password("wrong-1"));
        mvc.perform(formLogin("/login").user(user).password("wrong-2"));
        WebLogin.as(mvc, user);
        mvc.perform(formLogin("/login").user(user).password("wrong-3"));
        mvc.perform(formLogin("/login").user(user).password("wrong-4"));
        assertThat(account(user).lockedUntil).isNull();
        WebLogin.as(mvc, user);
    }

    @Test
    void threeFailedBasicLoginsLockTheAccountForTheApiToo() throws Exception {
        String user = data.newUser(huddinge(), null, Role.ADMINISTRATOR);
        mvc.perform(get("/api/v1/users").with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isOk());
        for (int i = 1; i <= 3; i++) {
            mvc.perform(get("/api/v1/users").with(httpBasic(user, "wrong-" + i))).andExpect(status().isUnauthorized());
        }
        assertThat(account(user).lockedUntil).isNotNull();
        mvc.perform(get("/api/v1/users").with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isUnauthorized());
        // and the lock holds for the pages as well
        mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void formPostsWithoutCsrfTokenAreRefused() throws Exception {
        String user = data.newUser(huddinge(), null, Role.ADMINISTRATOR);
        mvc.perform(post("/login").param("username", user).param("password", TestData.PASSWORD))
                .andExpect(status().isForbidden());
        MockHttpSession session = WebLogin.as(mvc, user);
        mvc.perform(post("/account/password").session(session).param("oldPassword", TestData.PASSWORD)
                .param("newPassword", "ett-nytt-långt-lösen").param("repeatPassword", "ett-nytt-långt-lösen"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").session(session).param("username", "csrf.victim").param("displayName", "X")
                .param("roles", "ADMINISTRATOR").param("password", "ett-långt-lösenord")).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        assertThat(repository.findByUsernameIgnoreCase("csrf.victim")).isEmpty();
        // the password did not change
        WebLogin.as(mvc, user);
    }

    @Test
    void passwordsAreStoredAsBcryptAndNeverLoggedOrPrinted(CapturedOutput output) throws Exception {
        String user = data.newUser(huddinge(), null, Role.READER);
        UserAccount stored = account(user);
        assertThat(stored.passwordHash).startsWith("{bcrypt}$2").doesNotContain(TestData.PASSWORD);

        MockHttpSession session = WebLogin.as(mvc, user);
        mvc.perform(post("/account/password").session(session).with(csrf()).param("oldPassword", TestData.PASSWORD)
                        .param("newPassword", "mitt-hemliga-nya-lösen").param("repeatPassword", "mitt-hemliga-nya-lösen"))
                .andExpect(redirectedUrl("/account"));
        assertThat(account(user).passwordHash).startsWith("{bcrypt}$2").doesNotContain("mitt-hemliga-nya-lösen");
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user(user).password("gissat-lösen-" + i));
        }

        // the audit log names a password change but never holds the password or its hash
        var entries = audit.search(huddinge(), new AuditLog.Filter(null, "UserAccount", String.valueOf(stored.id), null,
                null, null), 0, 50);
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.changes().toString())
                .doesNotContain(TestData.PASSWORD).doesNotContain("mitt-hemliga-nya-lösen").doesNotContain("$2"));

        assertThat(output.getAll()).doesNotContain(TestData.PASSWORD).doesNotContain("mitt-hemliga-nya-lösen")
                .doesNotContain("gissat-lösen").doesNotContain(stored.passwordHash).doesNotContain("{bcrypt}");

        var userDetails = new AccountUserDetails(stored, false);
        assertThat(userDetails.toString()).doesNotContain(stored.passwordHash);
        var accountData = new UserAccounts.AccountData("x", "X", null, Set.of(Role.READER), null, null, true, "hemligt-lösen-123");
        assertThat(accountData.toString()).doesNotContain("hemligt-lösen-123");
        assertThat(oidcSettings.toString()).doesNotContain("clientSecret=");
    }

    @Test
    void withoutOidcTheLoginPageHasOnlyTheForm() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/oauth2/authorization/oidc"))));
        mvc.perform(get("/oauth2/authorization/oidc")).andExpect(redirectedUrl("/login?oidcUnavailable"));
    }
}
