package se.tryggve.testing;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;

/**
 * Creates municipalities and users for tests through the real use cases. Register it with
 * {@code @Import(TestData.class)}. Every user's password is {@link #PASSWORD}.
 */
@Component
public class TestData {

    public static final String PASSWORD = "correct-horse-battery";

    private final Municipalities municipalities;
    private final UserAccounts accounts;

    public TestData(Municipalities municipalities, UserAccounts accounts) {
        this.municipalities = municipalities;
        this.accounts = accounts;
    }

    /** A new municipality with a random unused code. */
    public Municipality newMunicipality(String name) {
        while (true) {
            String code = String.format("%04d", ThreadLocalRandom.current().nextInt(1000, 9999));
            if (municipalities.findByCode(code).isEmpty()) {
                return municipalities.createMunicipality(name, code);
            }
        }
    }

    /** A new user with the given roles; returns the username (password {@link #PASSWORD}). */
    public String newUser(long municipalityId, Long departmentId, Role... roles) {
        String username = "u" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        accounts.createAccount(municipalityId, new UserAccounts.AccountData(username, "Test " + username,
                null, Set.of(roles), departmentId, null, true, PASSWORD));
        return username;
    }
}
