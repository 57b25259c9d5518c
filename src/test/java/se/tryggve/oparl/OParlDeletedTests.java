package se.tryggve.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

import se.tryggve.cases.CaseInput;
import se.tryggve.cases.Cases;
import se.tryggve.cases.RegistryInput;
import se.tryggve.cases.Registries;
import se.tryggve.meetings.DecisionType;
import se.tryggve.meetings.MeetingInput;
import se.tryggve.meetings.Meetings;
import se.tryggve.meetings.ParagraphInput;
import se.tryggve.meetings.ParagraphView;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.BodyInput;
import se.tryggve.organisation.BodyType;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Deleted objects (OParl 1.1, "Gelöschte Objekte"): a paragraph whose case link the secretary removes
 * through the meetings use case loses its Consultation; the Consultation keeps answering at its id with
 * {@code deleted: true}, its created time and the deletion as modified, and is listed only with
 * {@code modified_since}.
 */
@IntegrationTest(properties = "tryggve.demo.enabled=true")
@AutoConfigureMockMvc
@Import(TestData.class)
class OParlDeletedTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Bodies bodies;
    @Autowired
    Meetings meetings;
    @Autowired
    Registries registries;
    @Autowired
    Cases cases;

    @Test
    void aConsultationWhoseCaseLinkIsRemovedAnswersAsDeleted() throws Exception {
        var mun = data.newMunicipality("Raderingskommun");
        long m = mun.id();
        BodyInput b = new BodyInput();
        b.setName("Kommunstyrelsen");
        b.setShortName("KS");
        b.setType(BodyType.BOARD);
        b.setActive(true);
        long body = bodies.createBody(m, b).id();
        long meeting = meetings.createMeeting(m, new MeetingInput(body, LocalDate.of(2026, 3, 2), "13:00", "14:30",
                "Kommunhuset, sessionssalen", null, null, null, null, null)).id();
        long registry = registries.createRegistry(m, new RegistryInput("KS", "Kommunstyrelsens diarium",
                "KS-{year}/{serial}")).id();
        CaseInput c = new CaseInput();
        c.setRegistryId(registry);
        c.setYear(2026);
        c.setTitle("Trygghetsvandringar i centrum");
        long caseId = cases.registerCase(m, c).id();
        ParagraphView p = meetings.createParagraph(m, meeting, new ParagraphInput("Trygghetsvandringar i centrum",
                caseId, DecisionType.DECISION, null, null, null, null, null, null, false, null));

        OParlClient client = new OParlClient(mvc);
        String base = "http://localhost/oparl/v1.1/body/" + mun.code();
        String consultationUrl = base + "/consultation/" + p.id();
        JsonNode before = client.json(consultationUrl);
        assertThat(before.get("paper").asString()).isEqualTo(base + "/paper/" + caseId);
        assertThat(client.json(base + "/agendaItem/" + p.id()).get("consultation").asString()).isEqualTo(consultationUrl);

        Thread.sleep(1100); // the times are written to the second
        String since = OParlListTests.enc(OffsetDateTime.now().minusSeconds(1).toString());
        meetings.updateParagraph(m, p.id(), p.version(), new ParagraphInput("Trygghetsvandringar i centrum", null,
                DecisionType.DECISION, null, null, null, null, null, null, false, null));

        JsonNode gone = client.json(consultationUrl);
        assertThat(gone.get("deleted").asBoolean()).isTrue();
        assertThat(gone.get("id").asString()).isEqualTo(consultationUrl);
        assertThat(gone.get("type").asString()).isEqualTo("https://schema.oparl.org/1.1/Consultation");
        assertThat(gone.get("created").asString()).isEqualTo(before.get("created").asString());
        assertThat(OffsetDateTime.parse(gone.get("modified").asString()))
                .isAfter(OffsetDateTime.parse(before.get("modified").asString()));
        OParlClient.check(gone, "Consultation", consultationUrl);

        // not in the plain list, but in the list of changes
        assertThat(client.json(base + "/consultation").get("data")).extracting(o -> o.get("id").asString())
                .doesNotContain(consultationUrl);
        JsonNode changes = client.json(base + "/consultation?modified_since=" + since);
        assertThat(changes.get("data")).anySatisfy(o -> {
            assertThat(o.get("id").asString()).isEqualTo(consultationUrl);
            assertThat(o.get("deleted").asBoolean()).isTrue();
        });
        // the agenda item stays, without the link
        assertThat(client.json(base + "/agendaItem/" + p.id()).has("consultation")).isFalse();
    }
}
