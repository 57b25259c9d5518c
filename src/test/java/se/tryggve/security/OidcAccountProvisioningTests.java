package se.tryggve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** The rules of turning an OIDC identity into an account, below the HTTP flow. */
@IntegrationTest
@Import(TestData.class)
class OidcAccountProvisioningTests {

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    TestData data;
    @Autowired
    Municipalities municipalities;

    long huddinge() {
        return municipalities.findByCode("0126").orElseThrow().id();
    }

    UserAccounts.OidcIdentity identity(long m, String subject, String username, Role... roles) {
        return new UserAccounts.OidcIdentity(m, subject, username, "Namn " + username, null, Set.of(roles));
    }

    @Test
    void withoutAutoCreateAnUnknownPersonIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> accounts.signInWithOidc(identity(huddinge(), "sub-x1", "okand.person", Role.READER), false))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("security.oidc.noAccount");
        assertThat(repository.findByUsernameIgnoreCase("okand.person")).isEmpty();
    }

    @Test
    void aLocalAccountOfTheSameUsernameAndMunicipalityIsLinkedAndKeepsItsDepartment() {
        long m = huddinge();
        String username = data.newUser(m, 42L, Role.DEPARTMENT_REPORTER);
        CurrentUser user = accounts.signInWithOidc(identity(m, "sub-x2", username, Role.DEPARTMENT_REPORTER, Role.READER), false);
        assertThat(user.username()).isEqualTo(username);
        assertThat(user.departmentId()).isEqualTo(42L);
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.DEPARTMENT_REPORTER, Role.READER);
        assertThat(repository.findByUsernameIgnoreCase(username).orElseThrow().oidcSubject).isEqualTo("sub-x2");
    }

    @Test
    void aUsernameOfAnotherMunicipalityOrAnotherSubjectIsNotTakenOver() {
        long other = data.newMunicipality("Annanstans kommun").id();
        String foreign = data.newUser(other, null, Role.ADMINISTRATOR);
        assertThatThrownBy(() -> accounts.signInWithOidc(identity(huddinge(), "sub-x3", foreign, Role.READER), true))
                .isInstanceOf(RuleViolationException.class);
        assertThat(repository.findByUsernameIgnoreCase(foreign).orElseThrow().oidcSubject).isNull();

        accounts.signInWithOidc(identity(huddinge(), "sub-x4", "delad.person", Role.READER), true);
        assertThatThrownBy(() -> accounts.signInWithOidc(identity(huddinge(), "sub-x5", "delad.person", Role.ADMINISTRATOR), true))
                .isInstanceOf(RuleViolationException.class);
        assertThat(repository.findByUsernameIgnoreCase("delad.person").orElseThrow().roleSet()).containsExactly(Role.READER);
    }

    @Test
    void aDisabledAccountIsRefused() {
        long m = huddinge();
        accounts.signInWithOidc(identity(m, "sub-x6", "avstangd.person", Role.READER), true);
        UserAccount a = repository.findByOidcSubject("sub-x6").orElseThrow();
        a.enabled = false;
        repository.save(a);
        assertThatThrownBy(() -> accounts.signInWithOidc(identity(m, "sub-x6", "avstangd.person", Role.READER), true))
                .isInstanceOf(RuleViolationException.class);
    }
}
