package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.assessment.AssessmentDecisions;
import se.tryggve.assessment.AssessmentInfo;
import se.tryggve.assessment.AssessmentInputs;
import se.tryggve.assessment.AssessmentStatus;
import se.tryggve.assessment.Assessments;
import se.tryggve.cases.CaseDocument;
import se.tryggve.cases.Cases;
import se.tryggve.cases.DocumentKind;
import se.tryggve.cases.Registries;
import se.tryggve.cases.RegistryInput;
import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The whole decision of a lägesbild (lag 2023:196 5 §): sent for decision as a case with the PDF, decided in a
 * paragraph of a meeting, adopted when the minutes are adjusted — not before, and not by a deferral. Lives with
 * the meeting tests because it needs their test world of bodies, members and attendance.
 */
@IntegrationTest
@Import({TestData.class, MeetingFixture.class})
class AssessmentAdoptionTests {

    @Autowired MeetingFixture fixture;
    @Autowired Meetings meetings;
    @Autowired Assessments assessments;
    @Autowired AssessmentDecisions decisions;
    @Autowired Registries registries;
    @Autowired Cases cases;

    private AssessmentInfo sent(MeetingFixture.World w, long registry, String title) {
        AssessmentInputs.Header h = new AssessmentInputs.Header();
        h.setTitle(title);
        h.setPeriodFrom(LocalDate.of(2020, 1, 1));
        h.setPeriodTo(LocalDate.of(2021, 12, 31));
        long id = assessments.createAssessment(w.m(), h).id();
        AssessmentInputs.Problem p = new AssessmentInputs.Problem();
        p.setTitle("Klotter vid stationen");
        assessments.addProblem(w.m(), id, null, p);
        AssessmentInputs.Decision d = new AssessmentInputs.Decision();
        d.setRegistryId(registry);
        d.setVersion(assessments.findAssessment(w.m(), id).version());
        d.setDate(LocalDate.of(2022, 2, 1));
        return decisions.sendForDecision(w.m(), id, d);
    }

    @Test
    void adjustingTheMinutesOfTheDecidingParagraphAdoptsTheLagesbild() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long registry = registries.createRegistry(w.m(), new RegistryInput("KS", "Kommunstyrelsen", "KS-{year}/{serial}")).id();
        AssessmentInfo a = sent(w, registry, "Lägesbild 2020–2021");
        AssessmentInfo deferred = sent(w, registry, "Lägesbild 2020–2021, andra förslaget");
        assertThat(a.status()).isEqualTo(AssessmentStatus.SENT_FOR_DECISION);
        assertThat(a.caseNumber()).startsWith("KS-");
        assertThat(cases.documents(w.m(), a.caseId())).extracting(CaseDocument::kind)
                .containsExactlyInAnyOrder(DocumentKind.OFFICIAL_REPORT, DocumentKind.ANNEX);
        // no edits once sent
        AssessmentInputs.Problem p = new AssessmentInputs.Problem();
        p.setTitle("Sent tillägg");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assessments.addProblem(w.m(), a.id(), null, p))
                .hasMessage("assessment.notDraft");

        long meeting = fixture.meetingWithAttendance(meetings, w);
        long decided = meetings.createParagraph(w.m(), meeting, new ParagraphInput("Lägesbild enligt lag (2023:196)", a.caseId(),
                DecisionType.DECISION, null, null, null, null, null, null, false, null)).id();
        meetings.addItem(w.m(), decided, new ItemInput(ItemKind.POINT, null, null, "Lägesbilden antas.", null));
        long later = meetings.createParagraph(w.m(), meeting, new ParagraphInput("Lägesbild, andra förslaget", deferred.caseId(),
                DecisionType.DEFERRED, null, null, null, null, null, null, false, null)).id();
        meetings.addItem(w.m(), later, new ItemInput(ItemKind.POINT, null, null, "Ärendet bordläggs.", null));

        meetings.confirmMinutes(w.m(), meeting, w.chair(), "Anna Sekreterare");
        assertThat(assessments.findAssessment(w.m(), a.id()).status()).isEqualTo(AssessmentStatus.SENT_FOR_DECISION);
        meetings.confirmMinutes(w.m(), meeting, w.member(), "Anna Sekreterare");

        AssessmentInfo adopted = assessments.findAssessment(w.m(), a.id());
        assertThat(adopted.status()).isEqualTo(AssessmentStatus.ADOPTED);
        assertThat(adopted.adoptedOn()).isEqualTo(MeetingFixture.DATE);
        assertThat(adopted.decisionReference()).contains("§").contains("17 februari 2022");
        assertThat(adopted.revisionDueOn()).isEqualTo(MeetingFixture.DATE.plusYears(2));
        assertThat(assessments.findAssessment(w.m(), deferred.id()).status()).isEqualTo(AssessmentStatus.SENT_FOR_DECISION);
    }

    @Test
    void anotherBodysDecisionDoesNotAdoptWhenTheDecidingBodyIsSet() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long registry = registries.createRegistry(w.m(), new RegistryInput("KS", "Kommunstyrelsen", "KS-{year}/{serial}")).id();
        AssessmentInputs.Settings s = new AssessmentInputs.Settings();
        s.setDecidingBodyId(w.ks());
        assessments.updateSettings(w.m(), s);
        AssessmentInfo a = sent(w, registry, "Lägesbild 2020–2021");
        long meeting = fixture.meetingWithAttendance(meetings, w);   // a meeting of TDB, not KS
        long p = meetings.createParagraph(w.m(), meeting, new ParagraphInput("Lägesbild", a.caseId(),
                DecisionType.DECISION, null, null, null, null, null, null, false, null)).id();
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.POINT, null, null, "Beslut.", null));
        meetings.confirmMinutes(w.m(), meeting, w.chair(), "Anna Sekreterare");
        meetings.confirmMinutes(w.m(), meeting, w.member(), "Anna Sekreterare");
        assertThat(assessments.findAssessment(w.m(), a.id()).status()).isEqualTo(AssessmentStatus.SENT_FOR_DECISION);
    }
}
