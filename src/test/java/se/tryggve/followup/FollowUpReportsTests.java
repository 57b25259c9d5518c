package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.tryggve.followup.FollowUpReport.AreaSection;
import se.tryggve.followup.FollowUpReport.GoalSection;
import se.tryggve.followup.FollowUpReport.IndicatorPoint;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.GoalData;
import se.tryggve.organisation.JudgementScale;
import se.tryggve.shared.NotFoundException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import({TestData.class, FollowUpFixture.class, ReportFixture.class})
class FollowUpReportsTests {

    @TestConfiguration
    static class GraffitiProvider {
        @Bean
        GuidelineSectionProvider graffitiSections() {
            return (m, documentId, year) -> List.of(new GuidelineSection("Riktlinje för klotter och skadegörelse",
                    List.of(new GuidelineSection.Text("Klotter sanerades inom 24 timmar i " + year + " fall av tio."),
                            new GuidelineSection.Table("Anmält klotter per kvartal", List.of("Kvartal", "Antal"),
                                    List.of(List.of("1", "12"), List.of("2", "9"))))));
        }
    }

    @Autowired
    ReportFixture reports;
    @Autowired
    FollowUpReports assembler;
    @Autowired
    FollowUps followUps;
    @Autowired
    TestData testData;

    @Test
    void assemblesAreasGoalsYearsIndicatorsGuidelinesAndAppendixInOrder() {
        ReportFixture.History h = reports.newHistory();
        var w = h.w();
        // a second area (added later, ordinal 2) and an approved-then-corrected 2019, which is left out
        FollowUp y2019 = reports.approved(w, 2019, Judgement.MET, Judgement.MET, Judgement.MET, null, java.time.LocalDate.of(2020, 2, 3));
        followUps.correctFollowUp(w.m, y2019.id());
        var area2 = reports.fixture.governance.addArea(w.m, w.programme.id(), new AreaData("Brottsförebyggande arbete", "Färre unga i kriminalitet", null));
        reports.fixture.governance.addGoal(w.m, w.programme.id(), new GoalData(area2.id(), null, "Fler unga i föreningslivet", null,
                java.util.Set.of(w.depB), true, null));

        FollowUpReport r = assembler.assemble(w.m, h.y2021().id());

        assertThat(r.title()).isEqualTo("Uppföljning av Program för trygghet och säkerhet avseende 2021");
        assertThat(r.municipalityName()).isEqualTo("Testkommun");
        assertThat(r.date()).isEqualTo(ReportFixture.APPROVED_2021);
        assertThat(r.draft()).isFalse();
        assertThat(r.example()).isTrue();
        assertThat(r.caseNumber()).isNull();
        assertThat(r.scale()).isEqualTo(JudgementScale.MET_PARTLY_NOT_MET);
        assertThat(r.lastYearOfPeriod()).isTrue();
        assertThat(r.periodJudgement()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(r.noteOnYear()).startsWith("Året präglades");
        assertThat(r.years()).containsExactly(2020, 2021);

        assertThat(r.areas()).extracting(AreaSection::title).containsExactly("Trygg miljö", "Brottsförebyggande arbete");
        assertThat(r.areas().get(0).subGoal()).isEqualTo("Färre brott");
        GoalSection g1 = r.areas().get(0).goals().get(0);
        GoalSection g2 = r.areas().get(0).goals().get(1);
        assertThat(g1.title()).isEqualTo("Tryggare centrum");
        assertThat(g2.title()).isEqualTo("Färre bränder");
        assertThat(g1.judgement()).isEqualTo(Judgement.MET);
        assertThat(g1.judgementsByYear()).isEqualTo(Map.of(2020, Judgement.NOT_MET, 2021, Judgement.MET));
        // two owners: the more cautious judgement counts
        assertThat(g2.judgement()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(g2.judgementsByYear()).containsEntry(2020, Judgement.NOT_MET);
        assertThat(g2.ownerDepartments()).containsExactly("Kultur- och fritidsförvaltningen", "Socialförvaltningen");
        assertThat(g2.work()).extracting(FollowUpReport.DepartmentWork::department)
                .containsExactlyInAnyOrder("Socialförvaltningen", "Kultur- och fritidsförvaltningen");
        assertThat(g1.activities()).extracting(FollowUpReport.ActivityRow::title).containsExactly("Trygghetsvandringar");
        assertThat(g1.activities().get(0).whatWasDone()).isEqualTo("Fyra vandringar med föreningar och polis.");
        GoalSection unjudged = r.areas().get(1).goals().get(0);
        assertThat(unjudged.judgement()).isNull();
        assertThat(unjudged.judgementsByYear()).isEmpty();

        assertThat(r.indicators()).hasSize(2);
        assertThat(r.indicators().get(1).points().get(1).target()).isEqualByComparingTo("68");
        var ind = r.indicators().get(0);
        assertThat(ind.goalTitle()).isEqualTo("Tryggare centrum");
        assertThat(ind.points()).extracting(IndicatorPoint::year).containsExactly(2017, 2018, 2019, 2020, 2021);
        IndicatorPoint missing = ind.points().get(2);
        assertThat(missing.missing()).isTrue();
        assertThat(missing.missingReason()).isEqualTo("Kolada har inte publicerat året");
        assertThat(ind.points().get(1).value()).isEqualByComparingTo(new BigDecimal("1050.5"));

        assertThat(r.guidelineSections()).hasSize(1);
        assertThat(r.guidelineSections().get(0).title()).isEqualTo("Riktlinje för klotter och skadegörelse");
        assertThat(r.guidelineSections().get(0).blocks().get(0)).isEqualTo(
                new GuidelineSection.Text("Klotter sanerades inom 24 timmar i 2021 fall av tio."));

        assertThat(r.activitiesByDepartment()).extracting(FollowUpReport.DepartmentActivities::department)
                .containsExactly("Kultur- och fritidsförvaltningen", "Socialförvaltningen");
        assertThat(r.activitiesByDepartment().get(0).activities().get(0).status())
                .isEqualTo(se.tryggve.governance.ActivityStatus.DONE);
    }

    @Test
    void theFirstYearHasNoEarlierColumnsAndAnOpenFollowUpIsADraftDatedToday() {
        var w = reports.fixture.newWorld();
        FollowUp open = followUps.openFollowUp(w.m, w.programme.id(), 2019, java.time.LocalDate.of(2020, 2, 1), null);
        FollowUpReport r = assembler.assemble(w.m, open.id());
        assertThat(r.years()).containsExactly(2019);
        assertThat(r.draft()).isTrue();
        assertThat(r.date()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")));
        assertThat(r.lastYearOfPeriod()).isFalse();
        assertThat(r.indicators().get(0).points()).isEmpty();
    }

    @Test
    void anotherMunicipalitysFollowUpIsNotFound() {
        ReportFixture.History h = reports.newHistory();
        long other = testData.newMunicipality("Annan kommun").id();
        assertThatThrownBy(() -> assembler.assemble(other, h.y2021().id())).isInstanceOf(NotFoundException.class);
    }
}
