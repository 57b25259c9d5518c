package se.tryggve.publication.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.governance.AdoptingDecision;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.GoalData;
import se.tryggve.governance.Governance;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The public search: Swedish word forms, only what is published, ranking, and any input answered safely. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class SearchTests {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired Governance governance;
    @Autowired ObjectMapper json;
    @Autowired se.tryggve.organisation.Departments departments;

    Municipality mu;
    String base;

    @BeforeEach
    void world() {
        mu = testData.newMunicipality("Söktuna kommun");
        base = "/kommun/" + mu.code();
    }

    private GoverningDocument document(Municipality in, String title, String overarching, String goal, boolean adopt,
                                       LocalDate adopted) {
        GoverningDocument d = governance.createDocument(in.id(), new DocumentData(DocumentKind.PROGRAMME, title,
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), overarching, Set.of(), null));
        var area = governance.addArea(in.id(), d.id(), new AreaData("Offentliga miljöer", null, null));
        var dep = new se.tryggve.organisation.DepartmentInput();
        dep.setName("Förvaltning " + d.id());
        dep.setActive(true);
        long depId = departments.createDepartment(in.id(), dep).id();
        governance.addGoal(in.id(), d.id(), new GoalData(area.id(), null, goal, null, Set.of(depId), false, null));
        if (adopt) {
            governance.adoptDocument(in.id(), d.id(), new AdoptingDecision("Kommunfullmäktige", adopted, "§ 7", null));
        }
        return d;
    }

    private JsonNode search(String q) throws Exception {
        String body = mvc.perform(get(base + "/sok.json").param("q", q)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private List<String> titles(String q) throws Exception {
        return search(q).get("results").valueStream().map(r -> r.get("title").asString()).toList();
    }

    @Test
    void swedishWordFormsFindEachOther() throws Exception {
        GoverningDocument d = document(mu, "Program för trygghet och säkerhet", "Ökad trygghet i alla stadsdelar",
                "Mindre klotter i centrum", true, LocalDate.of(2024, 2, 1));
        assertThat(titles("tryggheten")).containsExactly("Program för trygghet och säkerhet");
        assertThat(titles("klottret")).containsExactly("Program för trygghet och säkerhet");
        assertThat(titles("klotter centrum")).containsExactly("Program för trygghet och säkerhet");
        assertThat(titles("klotter bibliotek")).isEmpty();
        JsonNode r = search("Tryggheten").get("results").get(0);
        assertThat(r.get("url").asString()).isEqualTo(base + "/styrdokument/" + d.id());
        assertThat(r.get("kind").asString()).isEqualTo("DOCUMENT");
        assertThat(r.get("matched").valueStream().map(JsonNode::asString).toList()).contains("trygghet");
        mvc.perform(get(base + "/sok").param("q", "klottret")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>klotter</mark>")));
    }

    @Test
    void onlyWhatIsPublishedAndOnlyOfThisMunicipality() throws Exception {
        document(mu, "Utkast till klotterpolicy", "Hemligt utkast om sanering", "Sanering inom ett dygn", false, null);
        Municipality other = testData.newMunicipality("Annanstad kommun");
        document(other, "Annanstads saneringsprogram", "Sanering", "Sanering inom ett dygn", true, LocalDate.of(2024, 3, 1));
        assertThat(titles("sanering")).isEmpty();
        mvc.perform(get(base + "/sok").param("q", "sanering")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inga träffar")))
                .andExpect(content().string(not(containsString("Hemligt utkast"))));
    }

    @Test
    void theIndexFollowsAdoptionAndTitleHitsComeFirst() throws Exception {
        assertThat(titles("belysning")).isEmpty();
        document(mu, "Riktlinje för trygghetsvandringar", "Trygghetsvandringar leder till bättre belysning", "Ny belysning",
                true, LocalDate.of(2025, 5, 1));
        document(mu, "Program för belysning", "Ljus", "Belysning i gångtunnlar", true, LocalDate.of(2023, 5, 1));
        document(mu, "Plan mot skadegörelse", "Färre skador", "Bättre belysning vid skolor", true, LocalDate.of(2024, 5, 1));
        // a hit in the title first, then the newest
        assertThat(titles("belysning")).containsExactly("Program för belysning", "Riktlinje för trygghetsvandringar",
                "Plan mot skadegörelse");
    }

    @Test
    void anyInputIsANormalAnswer() throws Exception {
        document(mu, "Program <script>alert('x')</script> för trygghet", "Trygghet", "Trygghet", true, LocalDate.of(2024, 2, 1));
        for (String q : List.of("\"trygghet", "trygghet & klotter", "trygghet | klotter", "!trygghet", "trygg:*", "a <-> b",
                "'; drop table search_entry; --", "<script>alert(1)</script>", "%", "_", "\\", "(((", "och", "", "   ",
                "x".repeat(10_000), "trygghet ".repeat(1_500), "\u0000", "😀 trygghet", "ÅÄÖ åäö")) {
            mvc.perform(get(base + "/sok").param("q", q)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))));
            mvc.perform(get(base + "/sok.json").param("q", q)).andExpect(status().isOk());
        }
        mvc.perform(get(base + "/sok").param("q", "trygghet ".repeat(1_500))).andExpect(status().isOk())
                .andExpect(content().string(containsString("har kortats till 200 tecken")));
        mvc.perform(get(base + "/sok.json").param("q", "trygghet ".repeat(1_500)))
                .andExpect(jsonPath("$.truncated").value(true)).andExpect(jsonPath("$.results[0].title").exists());
        mvc.perform(get(base + "/sok").param("q", "trygghet")).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(containsString("<mark>trygghet</mark>")));
        mvc.perform(get(base + "/sok").param("q", "trygghet").param("lang", "en")).andExpect(status().isOk());
    }

    @Autowired javax.sql.DataSource dataSource;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void postgresqlHasTheSwedishFullTextIndex() throws Exception {
        try (var c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return; // H2 matches stored stems; the GIN index is PostgreSQL's
            }
        }
        assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'search_entry_fulltext' and schemaname = current_schema()").query(String.class)
                .single()).contains("gin").contains("to_tsvector('swedish'");
    }

    @Test
    void unknownOrMalformedMunicipalityIsNotFound() throws Exception {
        mvc.perform(get("/kommun/0001/sok").param("q", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/abc/sok.json").param("q", "x")).andExpect(status().isNotFound());
        mvc.perform(get(base + "/sok")).andExpect(status().isOk());
    }
}
