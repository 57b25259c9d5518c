package se.tryggve.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.followup.ApprovedFollowUps;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, CasesFixture.class, ApprovedFollowUps.class})
class CasePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixture fixture;
    @Autowired
    Cases cases;
    @Autowired
    Registries registries;
    @Autowired
    ApprovedFollowUps approvedFollowUps;

    @Test
    void theSecretaryRegistersACaseAddsAReportAndAnAnnexAndSeesTheHistory() throws Exception {
        var w = fixture.world();
        MockHttpSession s = WebLogin.as(mvc, w.secretary());
        mvc.perform(get("/cases").session(s)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera ärende")));
        mvc.perform(get("/cases/new").session(s)).andExpect(status().isOk());
        String location = mvc.perform(post("/cases").session(s).with(csrf()).param("registryId", String.valueOf(w.registry().id()))
                        .param("year", "2022").param("serial", "177").param("title", "Uppföljning av trygghetsprogram")
                        .param("classification", "173").param("departmentId", String.valueOf(w.departmentId())))
                .andExpect(redirectedUrlPattern("/cases/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/cases/".length()));
        mvc.perform(post("/cases/{id}/documents", id).session(s).with(csrf()).param("kind", "OFFICIAL_REPORT")
                .param("title", "Tjänsteutlåtande").param("text", "Förvaltningen föreslår att beredningen godkänner uppföljningen."))
                .andExpect(redirectedUrlPattern("/cases/*"));
        long report = cases.documents(w.m(), id).get(0).id();
        mvc.perform(multipart("/cases/{id}/documents", id).file(new MockMultipartFile("file", "bilaga.pdf", "application/pdf",
                                CaseApiTests.PDF))
                        .session(s).with(csrf()).param("kind", "ANNEX").param("title", "Rapport")
                        .param("parentDocumentId", String.valueOf(report)))
                .andExpect(redirectedUrlPattern("/cases/*"));
        mvc.perform(get("/cases/{id}", id).session(s)).andExpect(status().isOk())
                .andExpect(content().string(containsString("KS-2022/177.173")))
                .andExpect(content().string(containsString("Bilaga 1")))
                .andExpect(content().string(containsString("bilaga.pdf")))
                .andExpect(content().string(containsString("Handling tillagd")));
        mvc.perform(get("/cases").session(s).param("q", "177")).andExpect(content().string(containsString("KS-2022/177.173")));
        mvc.perform(get("/cases").session(s).param("q", "finns inte")).andExpect(content().string(containsString("Inga ärenden")));
    }

    @Test
    void badInputIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
        var w = fixture.world();
        MockHttpSession s = WebLogin.as(mvc, w.secretary());
        mvc.perform(post("/cases/registries").session(s).with(csrf()).param("code", "X").param("name", "X")
                        .param("numberFormat", "X-{year}"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("måste innehålla löpnumret")));
        CaseInput in = CasesFixture.caseInput(w.registry().id(), 2022, "Original", "173");
        in.setSerial(5);
        long id = cases.registerCase(w.m(), in).id();
        mvc.perform(post("/cases").session(s).with(csrf()).param("registryId", String.valueOf(w.registry().id()))
                        .param("year", "2022").param("serial", "5").param("title", "Dubblett").param("classification", "173"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Diarienumret KS-2022/5.173 finns redan")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(multipart("/cases/{id}/documents", id).file(new MockMultipartFile("file", "x.pdf", "application/pdf", "nej".getBytes()))
                        .session(s).with(csrf()).param("kind", "OTHER").param("title", "Fel fil"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("inte en PDF")));
        assertThat(cases.documents(w.m(), id)).isEmpty();
    }

    @Test
    void readersSeeButDoNotChange() throws Exception {
        var w = fixture.world();
        long id = cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2024, "Läsbart", "1")).id();
        MockHttpSession s = WebLogin.as(mvc, w.reader());
        mvc.perform(get("/cases").session(s)).andExpect(status().isOk()).andExpect(content().string(not(containsString("/cases/new"))));
        mvc.perform(get("/cases/{id}", id).session(s)).andExpect(status().isOk()).andExpect(content().string(containsString("Läsbart")));
        mvc.perform(get("/cases/new").session(s)).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{id}", id).session(WebLogin.as(mvc, fixture.world().reader()))).andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorTurnsAnApprovedFollowUpIntoACase() throws Exception {
        ApprovedFollowUps.Approved a = approvedFollowUps.newApproved();
        Registry ks = registries.createRegistry(a.municipalityId(), new RegistryInput("KS", "Kommunstyrelsen", "KS-{year}/{serial}.{class}"));
        MockHttpSession s = WebLogin.as(mvc, a.coordinator());
        mvc.perform(get("/cases/from-follow-up").session(s)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Program för trygghet och säkerhet 2021")));
        mvc.perform(post("/cases/from-follow-up").session(s).with(csrf()).param("followUpId", String.valueOf(a.followUpId()))
                        .param("registryId", String.valueOf(ks.id())).param("classification", "173"))
                .andExpect(redirectedUrlPattern("/cases/*"));
        var found = cases.searchCases(a.municipalityId(), new Cases.Filter("Uppföljning av", null, null, null, null));
        assertThat(found).hasSize(1);
        assertThat(cases.documents(a.municipalityId(), found.get(0).id())).extracting(CaseDocument::annexNumber)
                .containsExactly(null, 1);
    }
}
