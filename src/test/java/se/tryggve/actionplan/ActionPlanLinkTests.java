package se.tryggve.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.audit.AuditLog;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.Governance;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import({TestData.class, ActionPlanFixture.class})
class ActionPlanLinkTests {

    @Autowired ActionPlanFixture fixture;
    @Autowired ActionPlans plans;
    @Autowired Governance governance;
    @Autowired AuditLog audit;

    ActionPlanFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
    }

    @Test
    void aMeasureLinksToProblemsOfThePlansOwnLagesbildOnly() {
        assertRule(() -> plans.linkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.PROBLEM, w.p1), "actionplan.basis.required");

        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        MeasureLinks l = plans.linkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.PROBLEM, w.p1);
        assertThat(l.problemIds()).containsExactly(w.p1);

        // a problem and a cause of another lägesbild of the same municipality: 400, not linked
        assertRule(() -> plans.linkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.PROBLEM, w.q1), "actionplan.problem.otherAssessment");
        assertRule(() -> plans.linkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.CAUSE, w.d1), "actionplan.problem.otherAssessment");
        assertRule(() -> plans.replaceMeasureLinks(w.m, w.plan.id(), w.cleaning.id(), null, List.of(w.p1, w.q1), List.of(), List.of()),
                "actionplan.problem.otherAssessment");
        assertThat(plans.measureLinks(w.m, w.plan.id(), w.cleaning.id()).problemIds()).containsExactly(w.p1);
    }

    @Test
    void linkingACauseLinksItsProblemAndUnlinkingTheProblemUnlinksItsCauses() {
        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        MeasureLinks l = plans.linkMeasure(w.m, w.plan.id(), w.lighting.id(), LinkType.CAUSE, w.c1);
        assertThat(l.causeIds()).containsExactly(w.c1);
        assertThat(l.problemIds()).containsExactly(w.p1);

        // linking again changes nothing
        long version = l.version();
        assertThat(plans.linkMeasure(w.m, w.plan.id(), w.lighting.id(), LinkType.CAUSE, w.c1).version()).isEqualTo(version);

        l = plans.unlinkMeasure(w.m, w.plan.id(), w.lighting.id(), LinkType.PROBLEM, w.p1);
        assertThat(l.problemIds()).isEmpty();
        assertThat(l.causeIds()).isEmpty();
        assertThat(l.version()).isGreaterThan(version);
    }

    @Test
    void indicatorsMustBelongToThePlan() {
        MeasureLinks l = plans.linkMeasure(w.m, w.plan.id(), w.walk.id(), LinkType.INDICATOR, w.planIndicator.id());
        assertThat(l.indicatorIds()).containsExactly(w.planIndicator.id());
        GoverningDocument other = w.actionPlan("Åtgärdsplan 2027");
        var otherIndicator = governance.addIndicator(w.m, other.id(), new se.tryggve.governance.IndicatorData(null, "Annat",
                "antal", se.tryggve.governance.Direction.LOWER_IS_BETTER, se.tryggve.governance.IndicatorSource.OWN, null, null,
                null, null, null));
        assertRule(() -> plans.linkMeasure(w.m, w.plan.id(), w.walk.id(), LinkType.INDICATOR, otherIndicator.id()),
                "actionplan.indicator.notInPlan");
    }

    @Test
    void anotherMunicipalitysIdsAreNotFound() {
        ActionPlanFixture.World other = fixture.newWorld();
        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        assertThatThrownBy(() -> plans.links(w.m, other.plan.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.chooseBasis(w.m, w.plan.id(), null, other.a)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.linkMeasure(w.m, w.plan.id(), other.cleaning.id(), LinkType.PROBLEM, w.p1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.linkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.PROBLEM, other.p1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.linkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.CAUSE, other.c1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.linkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.INDICATOR, other.planIndicator.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(plans.measureLinks(w.m, w.plan.id(), w.cleaning.id()).problemIds()).isEmpty();
    }

    @Test
    void onlyAnActionPlansOwnMeasuresAndOnlyActionPlans() {
        GoverningDocument programme = governance.createDocument(w.m, new DocumentData(DocumentKind.PROGRAMME, "Program",
                LocalDate.of(2025, 1, 1), null, null, Set.of(), null));
        assertRule(() -> plans.links(w.m, programme.id()), "actionplan.notActionPlan");
        GoverningDocument second = w.actionPlan("Åtgärdsplan B");
        assertRule(() -> plans.linkMeasure(w.m, second.id(), w.cleaning.id(), LinkType.INDICATOR, w.planIndicator.id()),
                "actionplan.measure.notInPlan");
    }

    @Test
    void theBasisCannotChangeUnderLinksAndAStaleVersionIsRefused() {
        ActionPlanLinks first = plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        assertThat(first.assessmentId()).isEqualTo(w.a);
        plans.linkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.PROBLEM, w.p1);
        assertRule(() -> plans.chooseBasis(w.m, w.plan.id(), null, w.b), "actionplan.basis.hasLinks");
        assertThatThrownBy(() -> plans.replaceMeasureLinks(w.m, w.plan.id(), w.walk.id(), first.version(), List.of(w.p2),
                List.of(), List.of())).isInstanceOf(StaleVersionException.class);
        assertRule(() -> plans.chooseBasis(w.m, w.plan.id(), null, null), "actionplan.basis.required");

        plans.unlinkMeasure(w.m, w.plan.id(), w.cleaning.id(), LinkType.PROBLEM, w.p1);
        assertThat(plans.chooseBasis(w.m, w.plan.id(), null, w.b).assessmentId()).isEqualTo(w.b);
    }

    @Test
    void anExpiredPlanKeepsItsLinks() {
        w.adoptPlan(w.plan.id());
        governance.expireDocument(w.m, w.plan.id());
        assertRule(() -> plans.chooseBasis(w.m, w.plan.id(), null, w.a), "actionplan.planExpired");
    }

    @Test
    void everyChangeIsAudited() {
        plans.chooseBasis(w.m, w.plan.id(), null, w.a);
        plans.replaceMeasureLinks(w.m, w.plan.id(), w.walk.id(), null, Set.of(w.p2), Set.of(w.c3), Set.of(w.planIndicator.id()));
        plans.unlinkMeasure(w.m, w.plan.id(), w.walk.id(), LinkType.INDICATOR, w.planIndicator.id());

        var basis = audit.search(w.m, new AuditLog.Filter(null, "ActionPlan", String.valueOf(w.plan.id()), "basisChosen", null, null), 0, 5);
        assertThat(basis).singleElement().satisfies(e -> assertThat(e.changes()).containsKey("assessmentId"));
        var replaced = audit.search(w.m, new AuditLog.Filter(null, "ActionPlanMeasure", String.valueOf(w.walk.id()), "linksReplaced",
                null, null), 0, 5);
        assertThat(replaced).singleElement().satisfies(e -> assertThat(e.changes()).containsKeys("problemIds", "causeIds", "indicatorIds"));
        assertThat(audit.search(w.m, new AuditLog.Filter(null, "ActionPlanMeasure", String.valueOf(w.walk.id()), "unlinked", null, null),
                0, 5)).hasSize(1);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
