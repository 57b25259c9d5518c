package se.tryggve.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * The organisation pages never show or change another municipality's records: every foreign id in
 * a path is 404 exactly like a missing one, and a foreign id in a form is refused beside the field.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OrganisationPagesTenancyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    Municipalities municipalities;
    @Autowired
    Departments departments;
    @Autowired
    Bodies bodies;
    @Autowired
    People people;
    @Autowired
    Parties parties;
    @Autowired
    Memberships memberships;

    static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void foreignIdsAre404OnEveryPageAndNothingChanges() throws Exception {
        long home = municipalities.findByCode("0126").orElseThrow().id();
        long other = testData.newMunicipality(unique("Annan kommun")).id();
        MockHttpSession admin = WebLogin.as(mvc, testData.newUser(home, null, Role.ADMINISTRATOR));

        DepartmentInput d = new DepartmentInput();
        d.setName(unique("Främmande förvaltning"));
        long department = departments.createDepartment(other, d).id();
        BodyInput b = new BodyInput();
        b.setName(unique("Främmande nämnd"));
        b.setType(BodyType.BOARD);
        long body = bodies.createBody(other, b).id();
        PartyInput p = new PartyInput();
        p.setAbbreviation("F" + Long.toString(System.nanoTime() % 10000, 36));
        p.setName(unique("Främmande parti"));
        long party = parties.createParty(other, p).id();
        PersonInput per = new PersonInput();
        per.setFirstName("Främ");
        per.setLastName("Ling");
        long person = people.createPerson(other, per).id();
        MembershipInput m = new MembershipInput();
        m.setPersonId(person);
        m.setBodyId(body);
        m.setRole(MembershipRole.MEMBER);
        m.setValidFrom(LocalDate.of(2022, 1, 1));
        long membership = memberships.addMembership(other, m).id();

        for (String path : new String[] {"/organisation/departments/" + department + "/edit",
                "/organisation/bodies/" + body + "/edit", "/organisation/parties/" + party + "/edit",
                "/organisation/people/" + person + "/edit", "/organisation/people/" + person,
                "/organisation/memberships/" + membership + "/edit"}) {
            mvc.perform(get(path).session(admin)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/organisation/departments/" + department).session(admin).with(csrf())
                .param("name", "Kapad").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/organisation/bodies/" + body).session(admin).with(csrf())
                .param("name", "Kapad").param("type", "BOARD").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/organisation/parties/" + party).session(admin).with(csrf())
                .param("abbreviation", "K").param("name", "Kapad").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/organisation/people/" + person).session(admin).with(csrf())
                .param("firstName", "Kapad").param("lastName", "K").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/organisation/memberships/" + membership).session(admin).with(csrf())
                .param("personId", String.valueOf(person)).param("bodyId", String.valueOf(body)).param("role", "MEMBER")
                .param("validFrom", "2022-01-01").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/organisation/people/" + person + "/memberships").session(admin).with(csrf())
                .param("bodyId", String.valueOf(body)).param("role", "MEMBER").param("validFrom", "2022-01-01"))
                .andExpect(status().isNotFound());

        // an own person, a foreign body and party in the form: refused beside the field, nothing saved
        PersonInput own = new PersonInput();
        own.setFirstName("Egen");
        own.setLastName("Person");
        long ownPerson = people.createPerson(home, own).id();
        mvc.perform(post("/organisation/people/" + ownPerson + "/memberships").session(admin).with(csrf())
                        .param("bodyId", String.valueOf(body)).param("partyId", String.valueOf(party))
                        .param("role", "MEMBER").param("validFrom", "2022-01-01"))
                .andExpect(status().isOk());
        assertThat(memberships.listMemberships(home, null, ownPerson, null)).isEmpty();
        assertThat(departments.findDepartment(other, department).name()).startsWith("Främmande");
        assertThat(bodies.findBody(other, body).name()).startsWith("Främmande");
    }
}
