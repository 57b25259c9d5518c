package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The chair and the adjusters adjust personally: an administrator links their accounts to their
 * persons; they see "Justera protokollet" and confirm (method LOGIN, audited); the secretary may
 * still record a confirmation on someone's behalf; others may not adjust.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, MeetingFixture.class})
class PersonalAdjustmentTests {

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

    @Test
    void chairAdjustsPersonallyAndTheSecretaryRecordsTheAdjustersConfirmation() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        meetings.createParagraph(w.m(), id, new ParagraphInput("Program", null, DecisionType.DECISION, null, null,
                null, null, null, null, false, null));
        String chairUser = data.newUser(w.m(), null, Role.READER);
        String member2User = data.newUser(w.m(), null, Role.READER);
        MockHttpSession admin = WebLogin.as(mvc, w.admin());
        // another municipality's person cannot be linked
        var other = fixture.create(ParagraphNumbering.PER_MEETING);
        link(admin, w.m(), chairUser, other.chair())
                .andExpect(status().isOk()).andExpect(content().string(containsString("finns inte i kommunens ledamotsregister")));
        link(admin, w.m(), chairUser, w.chair()).andExpect(status().is3xxRedirection());
        link(admin, w.m(), member2User, w.member2()).andExpect(status().is3xxRedirection());
        assertThat(account(w.m(), chairUser).personId()).isEqualTo(w.chair());
        mvc.perform(get("/admin/users/" + account(w.m(), chairUser).id() + "/edit").session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Person i ledamotsregistret")));

        MockHttpSession chair = WebLogin.as(mvc, chairUser);
        MockHttpSession member2 = WebLogin.as(mvc, member2User);
        MockHttpSession secretary = WebLogin.as(mvc, w.secretary());
        mvc.perform(get("/meetings/" + id).session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Justera protokollet")));
        mvc.perform(get("/meetings/" + id).session(member2)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Justera protokollet"))));
        mvc.perform(get("/meetings/" + id).session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Justera protokollet"))))
                .andExpect(content().string(containsString("Registrera justering")));

        // member2 is neither chair nor adjuster; a reader may not record for others
        mvc.perform(post("/meetings/" + id + "/adjust").session(member2).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + id + "/adjustments").session(chair).with(csrf())
                .param("personId", String.valueOf(w.member()))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/meetings/" + id + "/adjustments").with(httpBasic(member2User, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());

        mvc.perform(post("/meetings/" + id + "/adjust").session(chair).with(csrf())).andExpect(status().is3xxRedirection());
        MeetingView half = meetings.findMeeting(w.m(), id);
        assertThat(half.adjusted()).isFalse();
        assertThat(half.signatures()).singleElement().satisfies(s -> {
            assertThat(s.personId()).isEqualTo(w.chair());
            assertThat(s.method()).isEqualTo("LOGIN");
            assertThat(s.recordedBy()).isEqualTo(chairUser);
            assertThat(s.name()).isEqualTo("Rasmus Lenefors");
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'Meeting'"
                        + " and action = 'confirmed' and actor = :actor and changes like '%LOGIN%'")
                .param("m", w.m()).param("actor", chairUser).query(Long.class).single()).isEqualTo(1L);
        // the button is gone once one has adjusted
        mvc.perform(get("/meetings/" + id).session(chair)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Justera protokollet"))))
                .andExpect(content().string(containsString("Personligen (inloggad)")));
        // a second time is refused with a message, and nothing is recorded
        mvc.perform(post("/meetings/" + id + "/adjust").session(chair).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(meetings.findMeeting(w.m(), id).signatures()).hasSize(1);

        mvc.perform(post("/meetings/" + id + "/adjustments").session(secretary).with(csrf())
                .param("personId", String.valueOf(w.member()))).andExpect(status().is3xxRedirection());
        MeetingView done = meetings.findMeeting(w.m(), id);
        assertThat(done.adjusted()).isTrue();
        assertThat(done.signatures()).extracting(MeetingView.SignatureView::method).containsExactly("LOGIN", "CONFIRMED");

        mvc.perform(get("/api/v1/meetings/" + id + "/minutes.html").with(httpBasic(w.reader(), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rasmus Lenefors, ordförande, justerade protokollet personligen genom inloggning")))
                .andExpect(content().string(containsString("Nujin Alacabek, justerare, bekräftade justeringen")))
                .andExpect(content().string(containsString("(registrerat av " + w.secretary() + ")")));
    }

    @Test
    void adjusterAdjustsPersonallyThroughTheApi() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        String adjusterUser = data.newUser(w.m(), null, Role.READER);
        UserAccounts.Account a = account(w.m(), adjusterUser);
        accounts.updateAccount(w.m(), a.id(), a.version(), new UserAccounts.AccountData(a.username(), a.displayName(),
                null, a.roles(), a.departmentId(), w.member(), true, null));
        mvc.perform(post("/api/v1/meetings/" + id + "/adjustments").with(httpBasic(adjusterUser, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"method\":\"LOGIN\"")));
        assertThat(meetings.findMeeting(w.m(), id).signatures()).singleElement()
                .satisfies(s -> assertThat(s.personId()).isEqualTo(w.member()));
    }

    private org.springframework.test.web.servlet.ResultActions link(MockHttpSession admin, long m, String username,
                                                                    long personId) throws Exception {
        UserAccounts.Account a = account(m, username);
        return mvc.perform(post("/admin/users/" + a.id()).session(admin).with(csrf())
                .param("displayName", a.displayName()).param("roles", "READER").param("enabled", "true")
                .param("personId", String.valueOf(personId)).param("version", String.valueOf(a.version())));
    }

    private UserAccounts.Account account(long m, String username) {
        return accounts.listAccounts(m).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }
}
