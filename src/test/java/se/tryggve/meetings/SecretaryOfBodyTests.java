package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * The secretary of the body keeps its minutes: once a body has named secretaries, a secretary account
 * linked to another person is refused (403) on the API and the pages and sees no edit buttons; the named
 * secretary and the administrator may; a body with none named is served by every secretary. Naming
 * secretaries is the administrator's, audited, with 400/404 for bad input.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, MeetingFixture.class})
class SecretaryOfBodyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingFixture fixture;
    @Autowired
    Meetings meetings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    private static final String PARAGRAPH = "{\"title\":\"Lägesbild\",\"decisionType\":\"NOTED\"}";

    @Test
    void onlyTheNamedSecretaryOfTheBodyKeepsItsMinutes() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long meeting = fixture.meetingWithAttendance(meetings, w);
        String named = secretaryLinkedTo(w.m(), w.official());
        String other = w.secretary(); // a secretary account linked to nobody

        // no secretary named for TDB yet: every secretary may
        mvc.perform(post("/api/v1/meetings/" + meeting + "/paragraphs").with(httpBasic(other, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(PARAGRAPH)).andExpect(status().isCreated());

        // the administrator names the official as TDB's secretary
        mvc.perform(post("/api/v1/bodies/" + w.tdb() + "/secretaries").with(httpBasic(w.admin(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + w.official() + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].id").value(w.official()));
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'Body'"
                + " and action = 'secretaryAssigned'").param("m", w.m()).query(Long.class).single()).isEqualTo(1L);

        // now the other secretary is refused on the API and the pages, and sees no edit buttons
        mvc.perform(post("/api/v1/meetings/" + meeting + "/paragraphs").with(httpBasic(other, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(PARAGRAPH)).andExpect(status().isForbidden());
        MockHttpSession otherSession = WebLogin.as(mvc, other);
        mvc.perform(post("/meetings/" + meeting + "/paragraphs").session(otherSession).with(csrf())
                .param("title", "Försök").param("decisionType", "NOTED")).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + meeting).session(otherSession)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Registrera justering"))));
        assertThat(meetings.findMeeting(w.m(), meeting).paragraphs()).hasSize(1);

        // the named secretary and the administrator may
        mvc.perform(post("/api/v1/meetings/" + meeting + "/paragraphs").with(httpBasic(named, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(PARAGRAPH)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/meetings/" + meeting + "/paragraphs").with(httpBasic(w.admin(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(PARAGRAPH)).andExpect(status().isCreated());
        mvc.perform(get("/meetings/" + meeting).session(WebLogin.as(mvc, named))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera justering")));

        // KS has no named secretary: the other secretary keeps its minutes
        mvc.perform(post("/api/v1/meetings").with(httpBasic(other, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bodyId\":" + w.ks() + ",\"meetingDate\":\"2022-03-01\"}")).andExpect(status().isCreated());
        // ... but may not create a meeting of TDB
        mvc.perform(post("/api/v1/meetings").with(httpBasic(other, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bodyId\":" + w.tdb() + ",\"meetingDate\":\"2022-03-01\"}")).andExpect(status().isForbidden());

        // removing the last named secretary opens the body to the secretariat again
        mvc.perform(delete("/api/v1/bodies/" + w.tdb() + "/secretaries/" + w.official())
                .with(httpBasic(w.admin(), TestData.PASSWORD))).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/meetings/" + meeting + "/paragraphs").with(httpBasic(other, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(PARAGRAPH)).andExpect(status().isCreated());
    }

    @Test
    void namingSecretariesIsTheAdministratorsWithClearErrors() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        var other = fixture.create(ParagraphNumbering.PER_MEETING);
        String url = "/api/v1/bodies/" + w.tdb() + "/secretaries";
        mvc.perform(post(url).with(httpBasic(w.secretary(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + w.official() + "}")).andExpect(status().isForbidden());
        mvc.perform(post(url).with(httpBasic(w.admin(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.personId").exists());
        mvc.perform(post(url).with(httpBasic(w.admin(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + other.official() + "}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.personId").exists());
        mvc.perform(post("/api/v1/bodies/" + other.tdb() + "/secretaries").with(httpBasic(w.admin(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + w.official() + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url).with(httpBasic(w.admin(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + w.official() + "}")).andExpect(status().isCreated());
        mvc.perform(post(url).with(httpBasic(w.admin(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + w.official() + "}")).andExpect(status().isBadRequest());
        mvc.perform(delete(url + "/" + w.member()).with(httpBasic(w.admin(), TestData.PASSWORD))).andExpect(status().isNotFound());

        // the body's page lists them and adds with a message beside the field
        MockHttpSession admin = WebLogin.as(mvc, w.admin());
        mvc.perform(get("/organisation/bodies/" + w.tdb() + "/edit").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nämndsekreterare")))
                .andExpect(content().string(containsString("Catarina Klockerud")));
        mvc.perform(post("/organisation/bodies/" + w.tdb() + "/secretaries").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/organisation/bodies/" + w.tdb() + "/secretaries/" + w.official() + "/remove").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(httpBasic(w.reader(), TestData.PASSWORD))).andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    private String secretaryLinkedTo(long m, long personId) {
        String username = data.newUser(m, null, Role.SECRETARY);
        UserAccounts.Account a = accounts.listAccounts(m).stream().filter(x -> x.username().equals(username)).findFirst().orElseThrow();
        accounts.updateAccount(m, a.id(), a.version(), new UserAccounts.AccountData(a.username(), a.displayName(), a.email(),
                Set.of(Role.SECRETARY), null, personId, true, null));
        return username;
    }
}
