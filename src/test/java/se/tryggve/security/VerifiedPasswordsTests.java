package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Issue 8 (soak): a verified HTTP Basic password is remembered briefly so that API clients do not pay a bcrypt
 * check per request — but a wrong password is never remembered, a changed password or a disabled account takes
 * effect at the next request, and the memory expires.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class VerifiedPasswordsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    /** A bcrypt encoder that counts its checks. */
    static final class Counting implements PasswordEncoder {
        final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    }

    @Test
    void aMatchIsRememberedUntilItExpiresAndAWrongPasswordNever() {
        Counting bcrypt = new Counting();
        AtomicLong now = new AtomicLong();
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5), now::get);
        String hash = bcrypt.encode("Rätt-Lösen-2026!");

        assertThat(passwords.matches("Rätt-Lösen-2026!", hash)).isTrue();
        assertThat(passwords.matches("Rätt-Lösen-2026!", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(1);

        assertThat(passwords.matches("Fel-Lösen", hash)).isFalse();
        assertThat(passwords.matches("Fel-Lösen", hash)).isFalse();
        assertThat(bcrypt.checks).hasValue(3);

        // a new hash (the password was set again) is never matched from memory
        String rehashed = bcrypt.encode("Rätt-Lösen-2026!");
        assertThat(passwords.matches("Rätt-Lösen-2026!", rehashed)).isTrue();
        assertThat(bcrypt.checks).hasValue(4);

        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(passwords.matches("Rätt-Lösen-2026!", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(5);

        assertThat(passwords.size()).isEqualTo(2);
    }

    @Test
    void aZeroLifetimeTurnsTheMemoryOff() {
        Counting bcrypt = new Counting();
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ZERO);
        String hash = bcrypt.encode("Rätt-Lösen-2026!");
        passwords.matches("Rätt-Lösen-2026!", hash);
        passwords.matches("Rätt-Lösen-2026!", hash);
        assertThat(bcrypt.checks).hasValue(2);
        assertThat(passwords.size()).isZero();
    }

    @Test
    void theApplicationsEncoderRemembersMatches() {
        assertThat(encoder).isInstanceOf(VerifiedPasswords.class);
    }

    @Test
    void aDisabledAccountOrAChangedPasswordTakesEffectAtTheNextApiRequest() throws Exception {
        long m = data.newMunicipality("Basicby").id();
        String user = data.newUser(m, null, Role.ADMINISTRATOR);
        data.newUser(m, null, Role.ADMINISTRATOR); // the last administrator cannot be disabled
        mvc.perform(get("/api/v1/users").with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic(user, "Fel-Lösen-2026!"))).andExpect(status().isUnauthorized());

        UserAccounts.Account a = accounts.listAccounts(m).stream().filter(x -> x.username().equals(user)).findFirst().orElseThrow();
        accounts.updateAccount(m, a.id(), a.version(), new UserAccounts.AccountData(user, a.displayName(),
                null, Set.of(Role.ADMINISTRATOR), null, null, true, "Nytt-Lösen-2026!"));
        mvc.perform(get("/api/v1/users").with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/users").with(httpBasic(user, "Nytt-Lösen-2026!"))).andExpect(status().isOk());

        accounts.updateAccount(m, a.id(), accounts.findAccount(m, a.id()).version(), new UserAccounts.AccountData(user, a.displayName(),
                null, Set.of(Role.ADMINISTRATOR), null, null, false, null));
        mvc.perform(get("/api/v1/users").with(httpBasic(user, "Nytt-Lösen-2026!"))).andExpect(status().isUnauthorized());
    }
}
