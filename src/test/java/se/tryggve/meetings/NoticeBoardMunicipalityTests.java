package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** The public notice board of one municipality: ?kommun=<code> on the page, municipality=<code> on the API. */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, MeetingFixture.class, MinutesFixture.class})
class NoticeBoardMunicipalityTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    MockMvc mvc;
    @Autowired
    MinutesFixture fixture;
    @Autowired
    Notices notices;
    @Autowired
    Municipalities municipalities;

    @Test
    void theBoardAndTheApiFilterByMunicipality() throws Exception {
        var a = fixture.seeded(true);
        Notice na = notices.postNotice(a.world().m(), a.meetingId(), TODAY);
        var b = fixture.seeded(true);
        Notice nb = notices.postNotice(b.world().m(), b.meetingId(), TODAY);
        String codeA = municipalities.find(a.world().m()).orElseThrow().code();
        String pdfA = "/anslagstavla/" + na.id() + "/protokoll.pdf";
        String pdfB = "/anslagstavla/" + nb.id() + "/protokoll.pdf";

        // all municipalities together, with the choice (this installation has several)
        mvc.perform(get("/anslagstavla")).andExpect(status().isOk())
                .andExpect(content().string(containsString(pdfA))).andExpect(content().string(containsString(pdfB)))
                .andExpect(content().string(containsString("name=\"kommun\"")));
        mvc.perform(get("/anslagstavla").param("kommun", codeA)).andExpect(status().isOk())
                .andExpect(content().string(containsString(pdfA))).andExpect(content().string(not(containsString(pdfB))))
                .andExpect(content().string(containsString("value=\"" + codeA + "\" selected")));
        mvc.perform(get("/anslagstavla").param("kommun", "12ab")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("fyra siffror")));
        mvc.perform(get("/anslagstavla").param("kommun", "0000")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/notices").param("municipality", codeA).param("size", "200")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + na.id() + ",")))
                .andExpect(content().string(not(containsString("\"id\":" + nb.id() + ","))));
        mvc.perform(get("/api/v1/notices").param("size", "200")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + na.id() + ",")))
                .andExpect(content().string(containsString("\"id\":" + nb.id() + ",")));
        mvc.perform(get("/api/v1/notices").param("municipality", "12345")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("municipality")));
        mvc.perform(get("/api/v1/notices").param("municipality", "0000")).andExpect(status().isNotFound());
    }

    @Test
    void withASingleMunicipalityThereIsNoChoice() {
        assertThat(NoticePages.selectable(List.of("Huddinge"))).isEmpty();
        assertThat(NoticePages.selectable(List.of())).isEmpty();
        assertThat(NoticePages.selectable(List.of("Huddinge", "Göteborg"))).containsExactly("Huddinge", "Göteborg");
    }
}
