package se.tryggve.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;

@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoAssessmentTests {

    @Autowired AssessmentDirectory directory;
    @Autowired Assessments assessments;
    @Autowired Municipalities municipalities;

    @Test
    void huddingeHasADraftLagesbildWithThreeProblemsFromAllPerspectives() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        AssessmentRef a = directory.assessments(m).get(0);
        assertThat(a.title()).isEqualTo("Lägesbild 2024–2025");
        assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(directory.problems(m, a.id())).hasSize(3).allSatisfy(p ->
                assertThat(p.causes()).extracting(CauseRef::perspective).contains(CausePerspective.values()));
        AssessmentDetails d = assessments.details(m, a.id());
        assertThat(d.sources(SourceKind.REJECTED)).singleElement().satisfies(s -> assertThat(s.reason()).isNotBlank());
        assertThat(d.sources(SourceKind.USED)).hasSize(4);
        assertThat(assessments.settingsOf(m).decidingBodyId()).isNotNull();
    }
}
