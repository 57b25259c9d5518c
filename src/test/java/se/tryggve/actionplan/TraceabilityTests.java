package se.tryggve.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.actionplan.TraceabilityReport.MeasureTrace;
import se.tryggve.assessment.ProblemRef;
import se.tryggve.followup.ActivityReport;
import se.tryggve.followup.DepartmentPart;
import se.tryggve.followup.FollowUp;
import se.tryggve.followup.FollowUpStatus;
import se.tryggve.followup.FollowUps;
import se.tryggve.followup.GoalReport;
import se.tryggve.followup.IndicatorValue;
import se.tryggve.followup.IndicatorValues;
import se.tryggve.followup.Judgement;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The traceability view against hand-built data: the lighting measure addresses cause C1 (so problem P1),
 * the walk addresses P1 as a whole, the cleaning measure addresses nothing; P2 and its cause C3, and cause C2,
 * are addressed by no measure.
 */
@IntegrationTest
@Import({TestData.class, ActionPlanFixture.class})
class TraceabilityTests {

    @Autowired ActionPlanFixture fixture;
    @Autowired ActionPlans plans;
    @Autowired TraceabilityQueries traceability;
    @Autowired FollowUps followUps;
    @Autowired IndicatorValues indicatorValues;

    ActionPlanFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
    }

    @Test
    void withoutALagesbildEveryMeasureAddressesNoProblem() {
        TraceabilityReport r = traceability.traceability(w.m, w.plan.id());
        assertThat(r.basis()).isNull();
        assertThat(r.problems()).isEmpty();
        assertThat(r.measuresWithoutProblem()).extracting(MeasureTrace::title)
                .containsExactlyInAnyOrder(w.cleaning.title(), w.walk.title(), w.lighting.title());
    }

    @Test
    void warnsOfTheUnlinkedMeasureAndTheUnaddressedProblemAndCauses() {
        link();
        TraceabilityReport r = traceability.traceability(w.m, w.plan.id());

        assertThat(r.basis().id()).isEqualTo(w.a);
        assertThat(r.measuresWithoutProblem()).extracting(MeasureTrace::activityId).containsExactly(w.cleaning.id());
        assertThat(r.problemsWithoutMeasure()).extracting(ProblemRef::id).containsExactly(w.p2);
        assertThat(r.causesWithoutMeasure()).extracting(c -> c.cause().id()).containsExactly(w.c2, w.c3);

        // problem → cause → measure
        var p1 = r.problems().get(0);
        assertThat(p1.problem().id()).isEqualTo(w.p1);
        assertThat(p1.measures()).extracting(MeasureTrace::activityId).containsExactly(w.walk.id());
        assertThat(p1.causes()).hasSize(2);
        assertThat(p1.causes().get(0).cause().id()).isEqualTo(w.c1);
        assertThat(p1.causes().get(0).measures()).extracting(MeasureTrace::activityId).containsExactly(w.lighting.id());
        assertThat(p1.causes().get(1).measures()).isEmpty();
        assertThat(r.problems().get(1).measures()).isEmpty();
    }

    @Test
    void showsIndicatorsOfTheGoalAndLinkedOnesWithTheirLatestValues() {
        link();
        indicatorValues.recordValue(w.m, w.goalIndicator.id(), 2024, new BigDecimal("118"), null, IndicatorValue.Source.ENTERED, null);
        indicatorValues.recordValue(w.m, w.goalIndicator.id(), 2025, new BigDecimal("95"), null, IndicatorValue.Source.ENTERED, null);

        MeasureTrace walk = measure(traceability.traceability(w.m, w.plan.id()), w.walk.id());
        assertThat(walk.indicators()).hasSize(2);
        var direct = walk.indicators().get(0);
        assertThat(direct.indicatorId()).isEqualTo(w.planIndicator.id());
        assertThat(direct.viaGoal()).isFalse();
        assertThat(direct.latestYear()).isNull();
        assertThat(direct.target()).isEqualByComparingTo("65");
        var viaGoal = walk.indicators().get(1);
        assertThat(viaGoal.viaGoal()).isTrue();
        assertThat(viaGoal.latestYear()).isEqualTo(2025);
        assertThat(viaGoal.latestValue()).isEqualByComparingTo("95");
        assertThat(viaGoal.targetYear()).isEqualTo(2026);
        assertThat(viaGoal.target()).isEqualByComparingTo("80");
        assertThat(walk.result()).isNull(); // "ingen uppföljning ännu"
    }

    /** An action plan is followed up in the yearly follow-up like any programme, and the result shows in the view. */
    @Test
    void anActionPlanIsFollowedUpLikeAProgrammeAndTheResultIsTraced() {
        link();
        FollowUp f = followUps.openFollowUp(w.m, w.plan.id(), 2025, LocalDate.of(2026, 2, 15), null);
        List<DepartmentPart> parts = followUps.parts(w.m, f.id());
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.departmentId()).isEqualTo(w.dep);
            assertThat(p.goals()).extracting(GoalReport::goalId).containsExactly(w.goal.id());
            assertThat(p.activities()).extracting(ActivityReport::activityId)
                    .containsExactlyInAnyOrder(w.cleaning.id(), w.walk.id(), w.lighting.id());
        });
        DepartmentPart part = parts.get(0);

        MeasureTrace open = measure(traceability.traceability(w.m, w.plan.id()), w.walk.id());
        assertThat(open.result().year()).isEqualTo(2025);
        assertThat(open.result().approved()).isFalse();

        part = followUps.updatePart(w.m, f.id(), part.id(), part.version(),
                List.of(new GoalReport(w.goal.id(), "Klottret sanerat snabbare", Judgement.PARTLY_MET)),
                List.of(new ActivityReport(w.cleaning.id(), ActivityStatus.ONGOING, "Avtal med saneringsfirma"),
                        new ActivityReport(w.walk.id(), ActivityStatus.DONE, "Två vandringar i maj"),
                        new ActivityReport(w.lighting.id(), ActivityStatus.PLANNED, null)));
        // the part's indicators need a value (or a reason why it is missing) before it is submitted
        indicatorValues.recordValue(w.m, w.goalIndicator.id(), 2025, new BigDecimal("95"), null, IndicatorValue.Source.ENTERED, null);
        indicatorValues.recordValue(w.m, w.planIndicator.id(), 2025, null, "Trygghetsmätningen görs vartannat år",
                IndicatorValue.Source.ENTERED, null);
        followUps.submitPart(w.m, f.id(), part.id());
        followUps.acceptPart(w.m, f.id(), part.id());
        f = followUps.followUp(w.m, f.id());
        f = followUps.writeSummary(w.m, f.id(), f.version(), "Planen följs", Judgement.PARTLY_MET, null);
        assertThat(followUps.approveFollowUp(w.m, f.id(), null).status()).isEqualTo(FollowUpStatus.APPROVED);

        MeasureTrace walk = measure(traceability.traceability(w.m, w.plan.id()), w.walk.id());
        assertThat(walk.result().approved()).isTrue();
        assertThat(walk.result().reportedStatus()).isEqualTo(ActivityStatus.DONE);
        assertThat(walk.result().whatWasDone()).isEqualTo("Två vandringar i maj");
        var survey = walk.indicators().stream().filter(i -> i.indicatorId() == w.planIndicator.id()).findFirst().orElseThrow();
        assertThat(survey.latestYear()).isEqualTo(2025);
        assertThat(survey.latestValue()).isNull();
        assertThat(survey.missingReason()).isEqualTo("Trygghetsmätningen görs vartannat år");
        assertThat(walk.result().goals()).singleElement().satisfies(g -> {
            assertThat(g.goal()).isEqualTo(w.goal.title());
            assertThat(g.judgement()).isEqualTo(Judgement.PARTLY_MET);
        });
    }

    @Test
    void aProblemDeletedFromTheLagesbildNoLongerShows() {
        link();
        fixture.jdbc.sql("delete from assessment_problem where id = :id").param("id", w.p1).update();
        TraceabilityReport r = traceability.traceability(w.m, w.plan.id());
        assertThat(r.problems()).extracting(p -> p.problem().id()).containsExactly(w.p2);
        assertThat(r.measuresWithoutProblem()).extracting(MeasureTrace::activityId)
                .containsExactlyInAnyOrder(w.cleaning.id(), w.walk.id(), w.lighting.id());
    }

    private void link() {
        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        plans.linkMeasure(w.m, w.plan.id(), w.lighting.id(), LinkType.CAUSE, w.c1);
        plans.replaceMeasureLinks(w.m, w.plan.id(), w.walk.id(), null, Set.of(w.p1), Set.of(), Set.of(w.planIndicator.id()));
    }

    private static MeasureTrace measure(TraceabilityReport r, long activityId) {
        return r.measures().stream().filter(t -> t.activityId() == activityId).findFirst().orElseThrow();
    }
}
