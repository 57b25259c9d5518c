package se.tryggve.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import(TestData.class)
class AssessmentDirectoryTests {

    @Autowired AssessmentDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;

    @Test
    void readsProblemsAndCausesInPriorityAndPerspectiveOrderScopedByMunicipality() {
        long m = data.newMunicipality("Directoryby").id();
        long other = data.newMunicipality("Annanby").id();
        long a = insertAssessment(m);
        long second = insertProblem(m, a, 2, "Samlingar");
        long first = insertProblem(m, a, 1, "Klotter");
        insertCause(m, first, "OFFENDER", "Ungdomar som söker spänning");
        insertCause(m, first, "PLACE", "Mörk gångtunnel");
        insertCause(m, first, "VICTIM", "Fastighetsägare sanerar sent");

        assertThat(directory.assessments(m)).singleElement().satisfies(ref -> {
            assertThat(ref.title()).isEqualTo("Lägesbild 2024–2025");
            assertThat(ref.status()).isEqualTo(AssessmentStatus.DRAFT);
            assertThat(ref.period().from()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(ref.adoptedOn()).isNull();
        });
        assertThat(directory.problems(m, a)).extracting(ProblemRef::title).containsExactly("Klotter", "Samlingar");
        assertThat(directory.problem(m, first).orElseThrow().causes()).extracting(CauseRef::perspective)
                .containsExactly(CausePerspective.PLACE, CausePerspective.VICTIM, CausePerspective.OFFENDER);
        assertThat(directory.problem(m, second).orElseThrow().causes()).isEmpty();
        assertThat(directory.adoptedLatest(m)).isEmpty();

        assertThat(directory.assessments(other)).isEmpty();
        assertThat(directory.assessment(other, a)).isEmpty();
        assertThat(directory.problems(other, a)).isEmpty();
        assertThat(directory.problem(other, first)).isEmpty();
    }

    private long insertAssessment(long m) {
        jdbc.sql("""
                insert into assessment (municipality_id, title, period_from, period_to, version_number, status, created_at, updated_at)
                values (:m, 'Lägesbild 2024–2025', :f, :t, 1, 'DRAFT', :now, :now)""")
                .param("m", m).param("f", LocalDate.of(2024, 1, 1)).param("t", LocalDate.of(2025, 12, 31))
                .param("now", OffsetDateTime.now()).update();
        return jdbc.sql("select max(id) from assessment where municipality_id = :m").param("m", m).query(Long.class).single();
    }

    private long insertProblem(long m, long a, int priority, String title) {
        jdbc.sql("insert into assessment_problem (municipality_id, assessment_id, priority, title) values (:m, :a, :p, :t)")
                .param("m", m).param("a", a).param("p", priority).param("t", title).update();
        return jdbc.sql("select max(id) from assessment_problem where municipality_id = :m").param("m", m).query(Long.class).single();
    }

    private void insertCause(long m, long problem, String perspective, String text) {
        jdbc.sql("insert into assessment_cause (municipality_id, problem_id, perspective, position, text) values (:m, :p, :v, 1, :t)")
                .param("m", m).param("p", problem).param("v", perspective).param("t", text).update();
    }
}
