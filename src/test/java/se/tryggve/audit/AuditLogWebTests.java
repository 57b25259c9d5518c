package se.tryggve.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.shared.StateChanged;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AuditLogWebTests {

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
    AuditLog auditLog;

    long huddinge() {
        return municipalities.findByCode("0126").orElseThrow().id();
    }

    long idOf(long m, String username) {
        return accounts.listAccounts(m).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
    }

    @Test
    void creatingAndChangingAnAccountWritesEntriesWithActorMunicipalityAndBeforeAfter() throws Exception {
        MockHttpSession admin = WebLogin.as(mvc, "admin", ADMIN_PASSWORD);
        mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "granskad")
                        .param("displayName", "Gunnel Granskad").param("roles", "READER").param("enabled", "true")
                        .param("password", "ett-långt-lösenord"))
                .andExpect(redirectedUrl("/admin/users"));
        long id = idOf(huddinge(), "granskad");
        mvc.perform(post("/admin/users/" + id).session(admin).with(csrf()).param("displayName", "Gunnel Grön")
                        .param("roles", "READER").param("enabled", "true").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/api/v1/audit").param("objectType", "UserAccount").param("objectId", String.valueOf(id))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                // newest first
                .andExpect(jsonPath("$.items[0].action").value("updated"))
                .andExpect(jsonPath("$.items[0].actor").value("admin"))
                .andExpect(jsonPath("$.items[0].changes.displayName.before").value("Gunnel Granskad"))
                .andExpect(jsonPath("$.items[0].changes.displayName.after").value("Gunnel Grön"))
                .andExpect(jsonPath("$.items[1].action").value("created"))
                .andExpect(jsonPath("$.items[1].changes.username.after").value("granskad"))
                .andExpect(content().string(not(containsString("ett-långt-lösenord"))));

        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"))
                .format(Instant.now().atZone(AuditLog.STOCKHOLM));
        mvc.perform(get("/admin/audit").session(admin).param("objectId", String.valueOf(id)).param("objectType", "UserAccount"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("displayName: Gunnel Granskad → Gunnel Grön")))
                .andExpect(content().string(containsString("username: – → granskad")))
                .andExpect(content().string(containsString(today)))
                .andExpect(content().string(containsString("2 händelser")));
        // fields are listed in the order the use case named them
        String page = mvc.perform(get("/admin/audit").session(admin).param("objectId", String.valueOf(id))
                .param("action", "created")).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("username: – → granskad")).isPositive()
                .isLessThan(page.indexOf("displayName: – → Gunnel Granskad"));
    }

    @Test
    void filtersWork() throws Exception {
        long m = data.newMunicipality("Filterby kommun").id();
        String admin = data.newUser(m, null, Role.ADMINISTRATOR);
        String reader = data.newUser(m, null, Role.READER);
        LocalDate today = LocalDate.now(AuditLog.STOCKHOLM);
        String basicUser = admin;
        mvc.perform(get("/api/v1/audit").param("objectType", "UserAccount").param("action", "created")
                        .with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/v1/audit").param("objectType", "Municipality").with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].changes.name.after").value("Filterby kommun"));
        mvc.perform(get("/api/v1/audit").param("objectId", String.valueOf(idOf(m, reader)))
                        .param("objectType", "UserAccount").with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/v1/audit").param("actor", "nobody-like-this").with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(0));
        // a new municipality gets the incident register's eleven default categories (three for graffiti and
        // vandalism, eight for the EST partner reports), each audited as "system"
        mvc.perform(get("/api/v1/audit").param("objectType", "IncidentCategory").param("actor", "system")
                        .with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(11));
        mvc.perform(get("/api/v1/audit").param("actor", "system").with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(14));
        mvc.perform(get("/api/v1/audit").param("from", today.toString()).param("to", today.toString())
                        .with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(14));
        mvc.perform(get("/api/v1/audit").param("to", today.minusDays(1).toString())
                        .with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/audit").param("from", today.plusDays(1).toString())
                        .with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(0));

        // bad input: 400 problem in the API, a Swedish message beside the field on the page
        mvc.perform(get("/api/v1/audit").param("from", "25/11/2026").with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/audit").param("from", today.toString()).param("to", today.minusDays(2).toString())
                        .with(httpBasic(basicUser, TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
        MockHttpSession session = WebLogin.as(mvc, admin);
        mvc.perform(get("/admin/audit").session(session).param("from", "igår"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange datum som ÅÅÅÅ-MM-DD")));
        mvc.perform(get("/admin/audit").session(session).param("action", "created").param("objectType", "UserAccount"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 händelser")));
    }

    @Test
    void fiftyEntriesAPageNewestFirst() throws Exception {
        long m = data.newMunicipality("Sidby kommun").id();
        String admin = data.newUser(m, null, Role.ADMINISTRATOR);
        for (int i = 1; i <= 60; i++) {
            auditLog.record(StateChanged.of(m, "Thing", i, "updated").field("n", i - 1, i).build());
        }
        MockHttpSession session = WebLogin.as(mvc, admin);
        String first = mvc.perform(get("/admin/audit").session(session).param("objectType", "Thing"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("60 händelser")))
                .andExpect(content().string(containsString("Sida 1 av 2")))
                .andExpect(content().string(containsString("objectType=Thing&amp;page=1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("<time ").length - 1).isEqualTo(50);
        assertThat(first.indexOf("n: 59 → 60")).isLessThan(first.indexOf("n: 58 → 59"));
        String second = mvc.perform(get("/admin/audit").session(session).param("objectType", "Thing").param("page", "1"))
                .andExpect(content().string(containsString("Sida 2 av 2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(second.split("<time ").length - 1).isEqualTo(10);
        assertThat(second).contains("n: 0 → 1");
        mvc.perform(get("/api/v1/audit").param("objectType", "Thing").param("size", "50").param("page", "1")
                        .with(httpBasic(admin, TestData.PASSWORD)))
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void anotherMunicipalitysAdministratorNeverSeesTheEntries() throws Exception {
        long a = data.newMunicipality("A-stad kommun").id();
        long b = data.newMunicipality("B-by kommun").id();
        String adminA = data.newUser(a, null, Role.ADMINISTRATOR);
        String adminB = data.newUser(b, null, Role.ADMINISTRATOR);
        long userA = idOf(a, adminA);
        var entryA = auditLog.search(a, new AuditLog.Filter(null, "UserAccount", String.valueOf(userA), null, null, null), 0, 1)
                .get(0);
        mvc.perform(get("/api/v1/audit").param("objectType", "UserAccount").param("objectId", String.valueOf(userA))
                        .with(httpBasic(adminB, TestData.PASSWORD)))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/audit").param("size", "200").with(httpBasic(adminB, TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("A-stad kommun"))))
                .andExpect(content().string(not(containsString(adminA))));
        mvc.perform(get("/api/v1/audit/" + entryA.id()).with(httpBasic(adminB, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit/" + entryA.id()).with(httpBasic(adminA, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.objectId").value(String.valueOf(userA)));
        mvc.perform(get("/admin/audit").session(WebLogin.as(mvc, adminB)).param("size", "200"))
                .andExpect(content().string(not(containsString(adminA))));
    }

    @Test
    void nonAdministratorsAreRefused() throws Exception {
        for (Role role : new Role[] {Role.SECURITY_COORDINATOR, Role.READER, Role.SECRETARY}) {
            String user = data.newUser(huddinge(), null, role);
            mvc.perform(get("/admin/audit").session(WebLogin.as(mvc, user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit").with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void entriesCannotBeChangedOrDeleted() throws Exception {
        var basic = httpBasic("admin", ADMIN_PASSWORD);
        long id = auditLog.search(huddinge(), AuditLog.Filter.none(), 0, 1).get(0).id();
        int put = mvc.perform(put("/api/v1/audit/" + id).with(basic).contentType("application/json").content("{\"actor\":\"x\"}"))
                .andReturn().getResponse().getStatus();
        int patch = mvc.perform(patch("/api/v1/audit/" + id).with(basic).contentType("application/json").content("{}"))
                .andReturn().getResponse().getStatus();
        int del = mvc.perform(delete("/api/v1/audit/" + id).with(basic)).andReturn().getResponse().getStatus();
        int postAll = mvc.perform(post("/api/v1/audit").with(basic).contentType("application/json").content("{}"))
                .andReturn().getResponse().getStatus();
        int delAll = mvc.perform(delete("/api/v1/audit").with(basic)).andReturn().getResponse().getStatus();
        assertThat(new int[] {put, patch, del, postAll, delAll}).containsOnly(405);
        mvc.perform(get("/api/v1/audit/" + id).with(basic)).andExpect(status().isOk());

        // and the service offers no way to change or remove an entry
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(java.lang.reflect.Method::getName))
                .noneMatch(name -> name.matches("(?i).*(update|delete|remove|edit|change|purge|clear).*"));
    }
}
