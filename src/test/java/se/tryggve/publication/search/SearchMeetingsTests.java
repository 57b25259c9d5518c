package se.tryggve.publication.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.publication.feeds.FeedFixture;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Meetings in the search: adjusted decisions are found, a decision of open minutes is not, a confidential
 * paragraph only by its masked title and legal ground; notices on the board are found.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FeedFixture.class})
class SearchMeetingsTests {

    @Autowired MockMvc mvc;
    @Autowired FeedFixture fixture;

    FeedFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    private String search(String q) throws Exception {
        return mvc.perform(get("/kommun/" + w.mu().code() + "/sok.json").param("q", q)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void adjustedDecisionsAreFoundOthersNot() throws Exception {
        // "klottret" finds the adjusted decision (and the title) about "klotter"
        assertThat(search("klottret skola")).contains("Sanering av klotter").contains("/sammantraden/" + w.adjusted() + "#p");
        // the decision of open minutes, and the title and texts of a confidential paragraph, are not searchable
        for (String q : List.of("kameraövervakning badplatsen", "vattenverket", "skalskydd", "hotbild")) {
            assertThat(search(q)).as(q).contains("\"results\":[]");
        }
        // the masked paragraph is found by its legal ground, as the portal shows it
        assertThat(search("sekretess")).contains("OSL 18 kap. 13 §");
        // the notice on the board
        assertThat(search("anslag")).contains("\"kind\":\"NOTICE\"");
    }
}
