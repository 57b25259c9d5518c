package se.tryggve.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
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

@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OrganisationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    Municipalities municipalities;
    @Autowired
    Bodies bodies;
    @Autowired
    People people;
    @Autowired
    Parties parties;
    @Autowired
    Memberships memberships;

    long huddinge;
    MockHttpSession secretary;
    MockHttpSession reader;

    @BeforeEach
    void setUp() throws Exception {
        huddinge = municipalities.findByCode("0126").orElseThrow().id();
        secretary = WebLogin.as(mvc, testData.newUser(huddinge, null, Role.SECRETARY));
        reader = WebLogin.as(mvc, testData.newUser(huddinge, null, Role.READER));
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void everyPageRendersForAReader() throws Exception {
        for (String page : new String[] {"/organisation", "/organisation/departments", "/organisation/bodies",
                "/organisation/parties", "/organisation/people", "/organisation/settings"}) {
            mvc.perform(get(page).session(reader)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<h1")));
        }
        mvc.perform(get("/organisation/bodies/new").session(reader)).andExpect(status().isForbidden());
        mvc.perform(post("/organisation/parties").session(reader).with(csrf())
                .param("abbreviation", "X").param("name", "Nej")).andExpect(status().isForbidden());
    }

    @Test
    void invalidFormShowsSwedishMessageBesideTheField() throws Exception {
        mvc.perform(post("/organisation/bodies").session(secretary).with(csrf())
                        .param("name", "").param("type", "BOARD").param("_active", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fältet måste fyllas i")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"name-error\"")));
        mvc.perform(post("/organisation/parties").session(secretary).with(csrf())
                        .param("abbreviation", "X".repeat(21)).param("name", "Parti"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Texten får vara högst 20 tecken")));
    }

    @Test
    void createAndEditThroughTheFormsWithStaleProtection() throws Exception {
        String name = unique("Beredning");
        mvc.perform(post("/organisation/bodies").session(secretary).with(csrf())
                        .param("name", name).param("shortName", "B").param("type", "PREPARATORY_COMMITTEE")
                        .param("parentId", "").param("active", "true").param("_active", "on"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/organisation/bodies"));
        BodyInfo body = bodies.listBodies(huddinge).stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
        assertThat(body.active()).isTrue();
        assertThat(body.parentId()).isNull();

        mvc.perform(get("/organisation/bodies/" + body.id() + "/edit").session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post("/organisation/bodies/" + body.id()).session(secretary).with(csrf())
                        .param("name", name + " ny").param("type", "PREPARATORY_COMMITTEE").param("_active", "on")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        // a second save based on the old version is refused, and the first one stays
        mvc.perform(post("/organisation/bodies/" + body.id()).session(secretary).with(csrf())
                        .param("name", name + " gammal").param("type", "PREPARATORY_COMMITTEE").param("_active", "on")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgifterna under tiden")));
        BodyInfo after = bodies.findBody(huddinge, body.id());
        assertThat(after.name()).isEqualTo(name + " ny");
        assertThat(after.active()).isFalse();
    }

    @Test
    void membershipOverlapIsShownBesideTheBodyOnThePersonPage() throws Exception {
        BodyInput b = new BodyInput();
        b.setName(unique("Nämnden"));
        b.setType(BodyType.COMMITTEE);
        long body = bodies.createBody(huddinge, b).id();
        PersonInput p = new PersonInput();
        p.setFirstName("Olle");
        p.setLastName("Overlap");
        long person = people.createPerson(huddinge, p).id();

        mvc.perform(post("/organisation/people/" + person + "/memberships").session(secretary).with(csrf())
                        .param("personId", String.valueOf(person)).param("bodyId", String.valueOf(body))
                        .param("role", "MEMBER").param("validFrom", "2019-01-01").param("validTo", "2022-12-31"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/organisation/people/" + person + "/memberships").session(secretary).with(csrf())
                        .param("personId", String.valueOf(person)).param("bodyId", String.valueOf(body))
                        .param("role", "SUBSTITUTE").param("validFrom", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"m-bodyId-error\"")))
                .andExpect(content().string(containsString("Personen har redan ett uppdrag i organet")));
        mvc.perform(post("/organisation/people/" + person + "/memberships").session(secretary).with(csrf())
                        .param("personId", String.valueOf(person)).param("bodyId", String.valueOf(body))
                        .param("role", "MEMBER").param("validFrom", "2024-01-01").param("validTo", "2023-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"m-validTo-error\"")))
                .andExpect(content().string(containsString("Perioden kan inte sluta innan den börjar")));
        assertThat(memberships.membershipsOn(huddinge, body, LocalDate.of(2020, 6, 1))).hasSize(1);

        mvc.perform(get("/organisation/people/" + person).session(reader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Olle Overlap")))
                .andExpect(content().string(containsString("Ledamot")))
                .andExpect(content().string(not(containsString("Lägg till uppdrag"))));
    }

    @Test
    void settingsOnlyForTheAdministrator() throws Exception {
        MockHttpSession admin = WebLogin.as(mvc, "admin", "test-admin-password-1");
        var before = municipalities.find(huddinge).orElseThrow();
        mvc.perform(post("/organisation/settings").session(secretary).with(csrf())
                .param("judgementScale", "TRAFFIC_LIGHTS").param("paragraphNumbering", "PER_MEETING")
                .param("version", String.valueOf(before.version()))).andExpect(status().isForbidden());
        mvc.perform(post("/organisation/settings").session(admin).with(csrf())
                        .param("judgementScale", "TRAFFIC_LIGHTS").param("paragraphNumbering", "NUMBER_SLASH_YEAR")
                        .param("open311Jurisdiction", "huddinge.se").param("version", String.valueOf(before.version())))
                .andExpect(status().is3xxRedirection());
        var after = municipalities.find(huddinge).orElseThrow();
        assertThat(after.judgement()).isEqualTo(JudgementScale.TRAFFIC_LIGHTS);
        assertThat(after.numbering()).isEqualTo(ParagraphNumbering.NUMBER_SLASH_YEAR);
        assertThat(after.open311Jurisdiction()).isEqualTo("huddinge.se");
        mvc.perform(post("/organisation/settings").session(admin).with(csrf())
                        .param("judgementScale", "NONE").param("paragraphNumbering", "PER_MEETING")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgifterna under tiden")));
        assertThat(municipalities.find(huddinge).orElseThrow().judgement()).isEqualTo(JudgementScale.TRAFFIC_LIGHTS);
    }
}
