package se.tryggve.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.actionplan.TraceabilityReport.MeasureTrace;
import se.tryggve.assessment.AssessmentDirectory;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;

@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoActionPlanTests {

    @Autowired Municipalities municipalities;
    @Autowired GovernanceQueries governance;
    @Autowired TraceabilityQueries traceability;
    @Autowired AssessmentDirectory assessments;

    @Test
    void huddingesActionPlanTracesTheThreeProblemsAndWarnsOfTheOneUnlinkedMeasure() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        GoverningDocument plan = governance.listDocuments(m).stream()
                .filter(d -> d.kind() == DocumentKind.ACTION_PLAN && d.title().equals(DemoActionPlan.TITLE)).findFirst().orElseThrow();
        TraceabilityReport r = traceability.traceability(m, plan.id());
        assertThat(r.basis().title()).isEqualTo("Lägesbild 2024–2025");
        assertThat(r.problems()).hasSize(3);
        assertThat(r.problemsWithoutMeasure()).isEmpty();
        assertThat(r.measures()).hasSize(7);
        assertThat(r.measuresWithoutProblem()).extracting(MeasureTrace::title).containsExactly(DemoActionPlan.UNLINKED);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.causes().stream().anyMatch(c -> !c.measures().isEmpty())
                || !p.measures().isEmpty()).isTrue());
        MeasureTrace cleaning = r.measures().stream().filter(t -> t.title().startsWith("Sanering av klotter")).findFirst().orElseThrow();
        assertThat(cleaning.causeIds()).hasSize(1);
        assertThat(cleaning.indicators()).anySatisfy(i -> assertThat(i.latestYear()).isEqualTo(2025));
        assertThat(cleaning.result()).isNull();
        if (assessments.adoptedLatest(m).isEmpty()) {
            // the demo lägesbild is a draft: nothing to publish
            assertThat(governance.listDocuments(m).stream().filter(d -> d.kind() == DocumentKind.ACTION_PLAN)).hasSize(1);
        }
    }
}
