package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.meetings.PublishedMeetings.PublicParagraph;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.VeraPdf;

/**
 * The public reads of the meetings (issue 7): the agenda is public, decisions only once adjusted, a confidential
 * paragraph masked with its legal ground everywhere — in the records and in the public minutes PDF.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, MeetingFixture.class, MinutesFixture.class})
class PublishedMeetingsTests {

    static final String SECRET_TITLE = "Hotbild mot kommunhuset och skyddsåtgärder";
    static final String SECRET_DECISION = "Skalskyddet förstärks vid entré B enligt bilaga.";
    static final String GROUND = "18 kap. 8 § offentlighets- och sekretesslagen (2009:400)";

    @Autowired Meetings meetings;
    @Autowired PublishedMeetings published;
    @Autowired MinutesFixture minutes;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long secretParagraph(MinutesFixture.Seeded s) {
        long p = meetings.createParagraph(s.world().m(), s.meetingId(), new ParagraphInput(SECRET_TITLE, null,
                DecisionType.DECISION, null, null, null, null, null, null, false, null)).id();
        meetings.addItem(s.world().m(), p, new ItemInput(ItemKind.POINT, null, null, SECRET_DECISION, null));
        meetings.markConfidentiality(s.world().m(), p, true, GROUND);
        return p;
    }

    @Test
    void beforeAdjustmentTheAgendaIsPublicButNoDecision() {
        var s = minutes.seeded(false);
        long m = s.world().m();
        assertThat(published.meeting(m, s.meetingId())).get().satisfies(pm -> {
            assertThat(pm.adjusted()).isFalse();
            assertThat(pm.bodyName()).isEqualTo("Trygghets- och delaktighetsberedningen");
            assertThat(pm.created()).isNotNull();
            assertThat(pm.modified()).isNotNull();
        });
        PublicParagraph p = published.agenda(m, s.meetingId()).stream().filter(x -> x.id() == s.paragraphId())
                .findFirst().orElseThrow();
        assertThat(p.title()).isEqualTo(MinutesFixture.TITLE);
        assertThat(p.caseNumber()).isEqualTo("KS-2022/177.173");
        assertThat(p.adjusted()).isFalse();
        assertThat(p.decision()).isNull();
        assertThat(p.summary()).isNull();
        assertThat(p.notes()).isEmpty();
        assertThat(published.minutesPdf(m, s.meetingId())).isEmpty();
        assertThat(published.extractPdf(m, s.paragraphId())).isEmpty();
        assertThat(published.decidedCases(m)).isEmpty();
    }

    @Test
    void afterAdjustmentDecisionsNotesAndTheMinutesArePublic() throws Exception {
        var s = minutes.seeded(true);
        long m = s.world().m();
        PublicParagraph p = published.paragraph(m, s.paragraphId()).orElseThrow();
        assertThat(p.adjusted()).isTrue();
        assertThat(p.decision()).isEqualTo(MinutesFixture.DECISION);
        assertThat(p.summary()).startsWith("Det övergripande målet");
        assertThat(p.notes()).hasSize(2);
        assertThat(published.decidedCases(m)).containsKey(p.caseId());
        byte[] pdf = published.minutesPdf(m, s.meetingId()).orElseThrow();
        VeraPdf.assertPdfA2uAndPdfUa1(pdf);
        assertThat(text(pdf)).contains(MinutesFixture.TITLE);
        assertThat(text(published.extractPdf(m, s.paragraphId()).orElseThrow())).contains(MinutesFixture.TITLE);
    }

    @Test
    void aConfidentialParagraphIsMaskedWithItsGroundEverywhere() throws Exception {
        var s = minutes.seeded(false);
        long m = s.world().m();
        long secret = secretParagraph(s);
        minutes.adjust(s.world(), s.meetingId());

        PublicParagraph p = published.paragraph(m, secret).orElseThrow();
        assertThat(p.title()).isEqualTo(PublishedMeetings.MASKED_TITLE);
        assertThat(p.confidential()).isTrue();
        assertThat(p.confidentialityGround()).isEqualTo(GROUND);
        assertThat(p.decision()).isNull();
        assertThat(p.summary()).contains(GROUND);
        assertThat(published.agenda(m, s.meetingId())).extracting(PublicParagraph::title)
                .doesNotContain(SECRET_TITLE).contains(PublishedMeetings.MASKED_TITLE, MinutesFixture.TITLE);

        byte[] pdf = published.minutesPdf(m, s.meetingId()).orElseThrow();
        VeraPdf.assertPdfA2uAndPdfUa1(pdf);
        String text = text(pdf);
        assertThat(text).doesNotContain(SECRET_TITLE).doesNotContain(SECRET_DECISION)
                .contains(PublishedMeetings.MASKED_TITLE).contains(GROUND).contains(MinutesFixture.TITLE);
        String extract = text(published.extractPdf(m, secret).orElseThrow());
        assertThat(extract).doesNotContain(SECRET_TITLE).doesNotContain(SECRET_DECISION).contains(GROUND);
        // the minutes themselves are unchanged: the secretary still sees the real paragraph
        assertThat(meetings.findParagraph(m, secret).title()).isEqualTo(SECRET_TITLE);
    }

    @Test
    void markingNeedsAGroundAndIsAudited() {
        var s = minutes.seeded(false);
        long m = s.world().m();
        assertThatThrownBy(() -> meetings.markConfidentiality(m, s.paragraphId(), true, "  "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("groundRequired");
        assertThatThrownBy(() -> meetings.markConfidentiality(m, s.paragraphId(), true, "x".repeat(301)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("groundTooLong");
        assertThat(meetings.confidentialityOf(m, s.paragraphId()).confidential()).isFalse();
        meetings.markConfidentiality(m, s.paragraphId(), true, GROUND);
        meetings.markConfidentiality(m, s.paragraphId(), false, GROUND);
        assertThat(meetings.confidentialityOf(m, s.paragraphId())).isEqualTo(new ParagraphConfidentiality(false, null));
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'Paragraph'"
                        + " and object_id = :id and action = 'confidentiality'")
                .param("m", m).param("id", String.valueOf(s.paragraphId())).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theApiMarksAndRefusesBadInput() throws Exception {
        var s = minutes.seeded(false);
        String url = "/api/v1/paragraphs/" + s.paragraphId() + "/confidentiality";
        mvc.perform(put(url).with(httpBasic(s.world().secretary(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confidential\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.ground").exists());
        mvc.perform(put(url).with(httpBasic(s.world().reader(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confidential\":true,\"ground\":\"" + GROUND + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(url).with(httpBasic(s.world().secretary(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confidential\":true,\"ground\":\"" + GROUND + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.confidential").value(true))
                .andExpect(jsonPath("$.ground").value(GROUND));
        mvc.perform(put("/api/v1/paragraphs/999999/confidentiality").with(httpBasic(s.world().secretary(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"confidential\":false}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherMunicipalitysMeetingIsNotThere() {
        var s = minutes.seeded(true);
        var other = minutes.seeded(false);
        assertThat(published.meeting(other.world().m(), s.meetingId())).isEmpty();
        assertThat(published.paragraph(other.world().m(), s.paragraphId())).isEmpty();
        assertThat(published.minutesPdf(other.world().m(), s.meetingId())).isEmpty();
        assertThat(published.agenda(other.world().m(), s.meetingId())).isEmpty();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
