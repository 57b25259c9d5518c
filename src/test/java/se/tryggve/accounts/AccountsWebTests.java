package se.tryggve.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.organisation.DepartmentInput;
import se.tryggve.organisation.Departments;
import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AccountsWebTests {

    static final String ADMIN_PASSWORD = "test-admin-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Municipalities municipalities;
    @Autowired
    Departments departments;

    long huddinge() {
        return municipalities.findByCode("0126").orElseThrow().id();
    }

    long department(long municipalityId, String name) {
        DepartmentInput in = new DepartmentInput();
        in.setName(name);
        in.setShortName(name.substring(0, 3));
        return departments.createDepartment(municipalityId, in).id();
    }

    MockHttpSession admin() throws Exception {
        return WebLogin.as(mvc, "admin", ADMIN_PASSWORD);
    }

    UserAccounts.Account byUsername(long m, String username) {
        return accounts.listAccounts(m).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void administratorCreatesAReporterWithDepartmentAndSeesItInTheList() throws Exception {
        long m = huddinge();
        long dept = department(m, "Socialförvaltningen " + System.nanoTime());
        MockHttpSession session = admin();
        mvc.perform(get("/admin/users/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Förvaltningsrapportör")));
        mvc.perform(post("/admin/users").session(session).with(csrf())
                        .param("username", "stina.rapport").param("displayName", "Stina Rapportör")
                        .param("email", "stina@example.se").param("roles", "DEPARTMENT_REPORTER")
                        .param("departmentId", String.valueOf(dept)).param("enabled", "true")
                        .param("password", "ett-långt-lösenord"))
                .andExpect(redirectedUrl("/admin/users"));
        UserAccounts.Account created = byUsername(m, "stina.rapport");
        assertThat(created.roles()).containsExactly(Role.DEPARTMENT_REPORTER);
        assertThat(created.departmentId()).isEqualTo(dept);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("stina.rapport")))
                .andExpect(content().string(containsString("Stina Rapportör")));
        WebLogin.as(mvc, "stina.rapport", "ett-långt-lösenord");
    }

    @Test
    void invalidInputIsShownInSwedishBesideTheFields() throws Exception {
        MockHttpSession session = admin();
        mvc.perform(post("/admin/users").session(session).with(csrf())
                        .param("username", "kalle").param("displayName", "")
                        .param("roles", "READER").param("password", "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fältet måste fyllas i")))
                // every problem at once, not one after the other
                .andExpect(content().string(containsString("Lösenordet måste ha minst 12 tecken")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/admin/users").session(session).with(csrf())
                        .param("username", "kalle").param("displayName", "Kalle")
                        .param("roles", "READER").param("password", "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lösenordet måste ha minst 12 tecken")));
        mvc.perform(post("/admin/users").session(session).with(csrf())
                        .param("username", "kalle").param("displayName", "Kalle")
                        .param("roles", "READER").param("password", "x".repeat(73)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lösenordet får vara högst 72 tecken")));
        mvc.perform(post("/admin/users").session(session).with(csrf())
                        .param("username", "kalle").param("displayName", "Kalle")
                        .param("roles", "DEPARTMENT_REPORTER").param("password", "ett-långt-lösenord"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En förvaltningsrapportör måste höra till en förvaltning")));
        mvc.perform(post("/admin/users").session(session).with(csrf())
                        .param("username", "kalle").param("displayName", "Kalle")
                        .param("password", "ett-långt-lösenord"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj minst en roll")));
        mvc.perform(post("/admin/users").session(session).with(csrf())
                        .param("username", "kalle").param("displayName", "Kalle").param("roles", "READER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange ett lösenord")));
        assertThat(accounts.listAccounts(huddinge())).noneMatch(a -> a.username().equals("kalle"));
    }

    @Test
    void aDepartmentOfAnotherMunicipalityIsRefused() throws Exception {
        long other = data.newMunicipality("Botkyrka kommun").id();
        long foreignDept = department(other, "Främmande förvaltningen");
        mvc.perform(post("/admin/users").session(admin()).with(csrf())
                        .param("username", "olle").param("displayName", "Olle")
                        .param("roles", "DEPARTMENT_REPORTER").param("departmentId", String.valueOf(foreignDept))
                        .param("password", "ett-långt-lösenord"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Förvaltningen finns inte i kommunen")));
        assertThat(accounts.listAccounts(huddinge())).noneMatch(a -> a.username().equals("olle"));
    }

    @Test
    void editingChangesRolesAndANewPasswordUnlocksTheAccount() throws Exception {
        long m = huddinge();
        String user = data.newUser(m, null, Role.READER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user(user).password("wrong-password-" + i));
        }
        UserAccounts.Account locked = byUsername(m, user);
        assertThat(locked.locked()).isTrue();
        MockHttpSession session = admin();
        mvc.perform(get("/admin/users/" + locked.id() + "/edit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(user)));
        mvc.perform(post("/admin/users/" + locked.id()).session(session).with(csrf())
                        .param("displayName", "Ny Namn").param("roles", "READER").param("roles", "SECRETARY")
                        .param("enabled", "true").param("version", String.valueOf(locked.version()))
                        .param("password", "helt-nytt-lösenord"))
                .andExpect(redirectedUrl("/admin/users"));
        UserAccounts.Account after = byUsername(m, user);
        assertThat(after.locked()).isFalse();
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.READER, Role.SECRETARY);
        assertThat(after.displayName()).isEqualTo("Ny Namn");
        WebLogin.as(mvc, user, "helt-nytt-lösenord");
        // a stale version is refused with a message, not saved
        mvc.perform(post("/admin/users/" + locked.id()).session(session).with(csrf())
                        .param("displayName", "Gammalt").param("roles", "READER").param("enabled", "true")
                        .param("version", String.valueOf(locked.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgifterna")));
        assertThat(byUsername(m, user).displayName()).isEqualTo("Ny Namn");
    }

    @Test
    void anotherMunicipalitysUserIs404AndNonAdministratorsAre403() throws Exception {
        long other = data.newMunicipality("Nacka kommun").id();
        String foreign = data.newUser(other, null, Role.READER);
        long foreignId = byUsername(other, foreign).id();
        MockHttpSession session = admin();
        mvc.perform(get("/admin/users/" + foreignId + "/edit").session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + foreignId).session(session).with(csrf())
                .param("displayName", "X").param("roles", "READER").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users/" + foreignId).with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/users").session(session)).andExpect(content().string(not(containsString(foreign))));

        String coordinator = data.newUser(huddinge(), null, Role.SECURITY_COORDINATOR);
        MockHttpSession coord = WebLogin.as(mvc, coordinator);
        mvc.perform(get("/admin/users").session(coord)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").session(coord)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").session(coord).with(csrf()).param("username", "x").param("displayName", "X")
                .param("roles", "ADMINISTRATOR").param("password", "ett-långt-lösenord")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(httpBasic(coordinator, TestData.PASSWORD))).andExpect(status().isForbidden());
        assertThat(accounts.listAccounts(huddinge())).noneMatch(a -> a.username().equals("x"));
    }

    @Test
    void apiListsPagedAccountsWithoutSecrets() throws Exception {
        long m = huddinge();
        String user = data.newUser(m, null, Role.READER);
        long id = byUsername(m, user).id();
        mvc.perform(get("/api/v1/users?page=0&size=1").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(content().string(not(containsString("bcrypt"))))
                .andExpect(content().string(not(containsString("password"))));
        mvc.perform(get("/api/v1/users/" + id).with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user))
                .andExpect(jsonPath("$.roles[0]").value("READER"));
        mvc.perform(get("/api/v1/users/999999").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyUserSeesOwnAccountAndChangesOwnPassword() throws Exception {
        String user = data.newUser(huddinge(), null, Role.READER);
        MockHttpSession session = WebLogin.as(mvc, user);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + user)))
                .andExpect(content().string(containsString("Läsare")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("oldPassword", TestData.PASSWORD)
                        .param("newPassword", "ett-nytt-långt-lösen").param("repeatPassword", "något-annat-lösen"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lösenorden är inte lika")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("oldPassword", "fel-lösenord-här")
                        .param("newPassword", "ett-nytt-långt-lösen").param("repeatPassword", "ett-nytt-långt-lösen"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Det nuvarande lösenordet stämmer inte")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("oldPassword", TestData.PASSWORD)
                        .param("newPassword", "kort").param("repeatPassword", "kort"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("minst 12 tecken")));
        // 40 × "å" is 80 bytes: beyond what bcrypt can hash, refused beside the field (was a 500)
        String passphrase = "å".repeat(40);
        mvc.perform(post("/account/password").session(session).with(csrf()).param("oldPassword", TestData.PASSWORD)
                        .param("newPassword", passphrase).param("repeatPassword", passphrase))
                .andExpect(status().isOk()).andExpect(content().string(containsString("högst 72 tecken")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("oldPassword", TestData.PASSWORD)
                        .param("newPassword", "ett-nytt-långt-lösen").param("repeatPassword", "ett-nytt-långt-lösen"))
                .andExpect(redirectedUrl("/account"));
        WebLogin.as(mvc, user, "ett-nytt-långt-lösen");
        mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledOrLoseTheRole() throws Exception {
        long m = data.newMunicipality("Ensamby kommun").id();
        String only = data.newUser(m, null, Role.ADMINISTRATOR);
        UserAccounts.Account account = byUsername(m, only);
        MockHttpSession session = WebLogin.as(mvc, only);
        mvc.perform(post("/admin/users/" + account.id()).session(session).with(csrf())
                        .param("displayName", "Ensam").param("roles", "READER").param("enabled", "true")
                        .param("version", String.valueOf(account.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("minst ett aktivt konto med rollen administratör")));
        mvc.perform(post("/admin/users/" + account.id()).session(session).with(csrf())
                        .param("displayName", "Ensam").param("roles", "ADMINISTRATOR").param("_enabled", "on")
                        .param("version", String.valueOf(account.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("minst ett aktivt konto med rollen administratör")));
        assertThat(byUsername(m, only).roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(byUsername(m, only).enabled()).isTrue();
        // with a second administrator, the first may step down
        data.newUser(m, null, Role.ADMINISTRATOR);
        mvc.perform(post("/admin/users/" + account.id()).session(session).with(csrf())
                        .param("displayName", "Ensam").param("roles", "READER").param("enabled", "true")
                        .param("version", String.valueOf(account.version())))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(byUsername(m, only).roles()).containsExactly(Role.READER);
    }

    @Test
    void englishBundleIsUsedOnRequest() throws Exception {
        mvc.perform(get("/admin/users?lang=en").session(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("User accounts")));
    }
}
