package se.tryggve.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.tryggve.governance.Activity;
import se.tryggve.governance.ActivityData;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.AdoptingDecision;
import se.tryggve.governance.Area;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.Direction;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GoalData;
import se.tryggve.governance.Governance;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.governance.IndicatorData;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.organisation.DepartmentInput;
import se.tryggve.organisation.Departments;
import se.tryggve.organisation.JudgementScale;
import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.organisation.SettingsInput;
import se.tryggve.security.Role;
import se.tryggve.testing.TestData;

/**
 * A hand-built world for the action plan: a municipality judging on the three-step scale, one department,
 * users of every role, an action plan 2025–2026 with one goal, three measures and two indicators (one of the
 * goal, one of the plan), and two lägesbilder written straight into the assessment tables (the assessment
 * module's use cases are another engineer's part): A (2024–2025) with problems P1 (causes C1 place, C2 victim)
 * and P2 (cause C3 offender), and B (2022–2023) with problem Q1 (cause D1).
 */
@Component
class ActionPlanFixture {

    final TestData testData;
    final Governance governance;
    final Departments departments;
    final Municipalities municipalities;
    final JdbcClient jdbc;

    ActionPlanFixture(TestData testData, Governance governance, Departments departments, Municipalities municipalities,
                      JdbcClient jdbc) {
        this.testData = testData;
        this.governance = governance;
        this.departments = departments;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
    }

    World newWorld() {
        return new World();
    }

    class World {
        final long m;
        final String code;
        final long dep;
        final String admin;
        final String coordinator;
        final String reporter;
        final String secretary;
        final String reader;
        final GoverningDocument plan;
        final Goal goal;
        final Activity cleaning;
        final Activity walk;
        final Activity lighting;
        final Indicator goalIndicator;
        final Indicator planIndicator;
        final long a;
        final long p1;
        final long c1;
        final long c2;
        final long p2;
        final long c3;
        final long b;
        final long q1;
        final long d1;

        World() {
            var municipality = testData.newMunicipality("Planby");
            m = municipality.id();
            code = municipality.code();
            SettingsInput s = new SettingsInput();
            s.setJudgementScale(JudgementScale.MET_PARTLY_NOT_MET);
            s.setParagraphNumbering(ParagraphNumbering.valueOf(municipality.paragraphNumbering()));
            municipalities.updateMunicipalitySettings(m, municipality.version(), s);
            DepartmentInput in = new DepartmentInput();
            in.setName("Kommunstyrelsens förvaltning");
            in.setActive(true);
            dep = departments.createDepartment(m, in).id();
            admin = testData.newUser(m, null, Role.ADMINISTRATOR);
            coordinator = testData.newUser(m, null, Role.SECURITY_COORDINATOR);
            reporter = testData.newUser(m, dep, Role.DEPARTMENT_REPORTER);
            secretary = testData.newUser(m, null, Role.SECRETARY);
            reader = testData.newUser(m, null, Role.READER);

            plan = actionPlan("Åtgärdsplan 2025–2026");
            Area area = governance.addArea(m, plan.id(), new AreaData("Trygga offentliga miljöer", null, null));
            goal = governance.addGoal(m, plan.id(), new GoalData(area.id(), null, "Mindre klotter vid stationen", null,
                    Set.of(dep), false, null));
            cleaning = measure("Sanering av klotter inom 24 timmar");
            walk = measure("Trygghetsvandring med fastighetsägarna");
            lighting = measure("Ny belysning i gångtunneln");
            goalIndicator = governance.addIndicator(m, plan.id(), new IndicatorData(goal.id(), "Anmält klotter vid stationen",
                    "antal", Direction.LOWER_IS_BETTER, IndicatorSource.OWN, null, 2024, new BigDecimal("120"),
                    Map.of(2026, new BigDecimal("80")), null));
            planIndicator = governance.addIndicator(m, plan.id(), new IndicatorData(null, "Andel som känner sig trygga",
                    "%", Direction.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null, 2024, new BigDecimal("60"),
                    Map.of(2025, new BigDecimal("65")), null));

            a = assessment("Lägesbild 2024–2025", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), "DRAFT", null);
            p1 = problem(a, 1, "Klotter vid Flemingsbergs station");
            c1 = cause(p1, "PLACE", "Mörk gångtunnel utan insyn");
            c2 = cause(p1, "VICTIM", "Fastighetsägare sanerar sent");
            p2 = problem(a, 2, "Otrygghet i Skogås centrum på kvällar");
            c3 = cause(p2, "OFFENDER", "Unga samlas utan meningsfull fritid");
            b = assessment("Lägesbild 2022–2023", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), "DRAFT", null);
            q1 = problem(b, 1, "Inbrott i förråd");
            d1 = cause(q1, "PLACE", "Olåsta förrådsdörrar");
        }

        GoverningDocument actionPlan(String title) {
            return governance.createDocument(m, new DocumentData(DocumentKind.ACTION_PLAN, title, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2026, 12, 31), "Färre brott och ökad trygghet", Set.of(), null));
        }

        Activity measure(String title) {
            return governance.createActivity(m, new ActivityData(plan.id(), title, null, Set.of(goal.id()), dep, 2025, 2026,
                    ActivityStatus.PLANNED, null, false, null));
        }

        /** A measure in another plan, under a goal of its own. */
        Activity measureIn(GoverningDocument doc, String title) {
            Area area = governance.addArea(m, doc.id(), new AreaData("Område för " + title, null, null));
            Goal g = governance.addGoal(m, doc.id(), new GoalData(area.id(), null, "Mål för " + title, null, Set.of(dep), false, null));
            return governance.createActivity(m, new ActivityData(doc.id(), title, null, Set.of(g.id()), dep, 2024, 2024,
                    ActivityStatus.DONE, null, false, null));
        }

        void adoptPlan(long planId) {
            governance.adoptDocument(m, planId, new AdoptingDecision("Kommunstyrelsen", LocalDate.of(2025, 2, 3), "§ 12", null));
        }

        long assessment(String title, LocalDate from, LocalDate to, String status, LocalDate adoptedOn) {
            jdbc.sql("""
                    insert into assessment (municipality_id, title, period_from, period_to, version_number, status, adopted_on,
                                            created_at, updated_at)
                    values (:m, :title, :f, :t, 1, :s, :adopted, :now, :now)""")
                    .param("m", m).param("title", title).param("f", from).param("t", to).param("s", status)
                    .param("adopted", adoptedOn).param("now", OffsetDateTime.now()).update();
            return jdbc.sql("select max(id) from assessment where municipality_id = :m").param("m", m).query(Long.class).single();
        }

        void adoptAssessment(long id, LocalDate on) {
            jdbc.sql("update assessment set status = 'ADOPTED', adopted_on = :d where id = :id").param("d", on).param("id", id).update();
        }

        long problem(long assessment, int priority, String title) {
            jdbc.sql("insert into assessment_problem (municipality_id, assessment_id, priority, title) values (:m, :a, :p, :t)")
                    .param("m", m).param("a", assessment).param("p", priority).param("t", title).update();
            return jdbc.sql("select max(id) from assessment_problem where municipality_id = :m").param("m", m).query(Long.class).single();
        }

        long cause(long problem, String perspective, String text) {
            jdbc.sql("insert into assessment_cause (municipality_id, problem_id, perspective, position, text) values (:m, :p, :v, 1, :t)")
                    .param("m", m).param("p", problem).param("v", perspective).param("t", text).update();
            return jdbc.sql("select max(id) from assessment_cause where municipality_id = :m").param("m", m).query(Long.class).single();
        }
    }
}
