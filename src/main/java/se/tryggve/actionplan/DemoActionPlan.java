package se.tryggve.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.assessment.AssessmentDirectory;
import se.tryggve.assessment.AssessmentRef;
import se.tryggve.assessment.CausePerspective;
import se.tryggve.assessment.CauseRef;
import se.tryggve.assessment.ProblemRef;
import se.tryggve.followup.IndicatorValue;
import se.tryggve.followup.IndicatorValues;
import se.tryggve.governance.Activity;
import se.tryggve.governance.ActivityData;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.AdoptingDecision;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.Direction;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.GoalData;
import se.tryggve.governance.Governance;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.governance.IndicatorData;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.governance.Perspective;
import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.Municipalities;

/**
 * Demo data: Huddinge's "Åtgärdsplan 2025–2026" (kind ACTION_PLAN, a draft) based on the draft lägesbild
 * 2024–2025 of the assessment demo (order 65), whose three prioritised problems are found by priority. Its
 * measures link to the problems and their causes and to indicators — except one measure, deliberately left
 * unlinked, so the traceability view shows its warning. All goals and measures are marked as examples.
 * When the installation also has an ADOPTED lägesbild, a small adopted plan is based on it, so the public
 * summary /lagesbild has measures to show. Fixed content: every start gives the same demo.
 */
@Component
@Order(66)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoActionPlan implements ApplicationRunner {

    static final String TITLE = "Åtgärdsplan 2025–2026";
    static final String UNLINKED = "Informationskampanj om kommunens trygghetsarbete";
    private static final Logger log = LoggerFactory.getLogger(DemoActionPlan.class);

    private final Governance governance;
    private final GovernanceQueries queries;
    private final AssessmentDirectory assessments;
    private final ActionPlans plans;
    private final IndicatorValues indicatorValues;
    private final Municipalities municipalities;
    private final DepartmentDirectory departments;
    private final String code;

    DemoActionPlan(Governance governance, GovernanceQueries queries, AssessmentDirectory assessments, ActionPlans plans,
                   IndicatorValues indicatorValues, Municipalities municipalities, DepartmentDirectory departments,
                   @Value("${tryggve.setup.municipality-code}") String code) {
        this.governance = governance;
        this.queries = queries;
        this.assessments = assessments;
        this.plans = plans;
        this.indicatorValues = indicatorValues;
        this.municipalities = municipalities;
        this.departments = departments;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        if (departments.listDepartments(m).isEmpty()
                || queries.listDocuments(m).stream().anyMatch(d -> d.kind() == DocumentKind.ACTION_PLAN)) {
            return;
        }
        Optional<AssessmentRef> draft = assessments.assessments(m).stream()
                .filter(a -> a.title().startsWith("Lägesbild 2024")).findFirst();
        if (draft.isEmpty() || assessments.problems(m, draft.get().id()).size() < 3) {
            log.info("No demo lägesbild 2024–2025 with three problems: the demo action plan is not created");
            return;
        }
        mainPlan(m, draft.get());
        assessments.adoptedLatest(m).ifPresent(adopted -> adoptedPlan(m, adopted));
    }

    private void mainPlan(long m, AssessmentRef basis) {
        List<ProblemRef> problems = assessments.problems(m, basis.id());
        ProblemRef graffiti = problems.get(0);
        ProblemRef gathering = problems.get(1);
        ProblemRef drugs = problems.get(2);

        GoverningDocument plan = governance.createDocument(m, new DocumentData(DocumentKind.ACTION_PLAN, TITLE,
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                "Exempel: Färre brott och ökad trygghet där lägesbilden 2024–2025 visar de största problemen.",
                Set.of(Perspective.CHILD_RIGHTS, Perspective.SOCIAL_SUSTAINABILITY), null));
        long p = plan.id();
        long area = governance.addArea(m, p, new AreaData("Prioriterade problem i lägesbilden 2024–2025",
                "Exempel: att minska de tre prioriterade problemen", null)).id();
        long nbf = department(m, "Natur- och byggnadsförvaltningen");
        long kff = department(m, "Kultur- och fritidsförvaltningen");
        long sof = department(m, "Socialförvaltningen");
        long ksf = department(m, "Kommunstyrelsens förvaltning");

        long g1 = goal(m, p, area, "Mindre klotter och skadegörelse vid Flemingsbergs station", nbf);
        long g2 = goal(m, p, area, "Ökad trygghet i Skogås centrum kvällstid", kff, sof);
        long g3 = goal(m, p, area, "Minskad narkotikaförsäljning nära Huddinge centrum", ksf, sof);

        Indicator graffitiReports = governance.addIndicator(m, p, new IndicatorData(g1, "Rapporterat klotter vid Flemingsbergs station",
                "antal", Direction.LOWER_IS_BETTER, IndicatorSource.OWN, null, 2024, new BigDecimal("412"),
                Map.of(2025, new BigDecimal("350"), 2026, new BigDecimal("300")), null));
        governance.addIndicator(m, p, new IndicatorData(g2, "Andel i Skogås som känner sig trygga ute sent en kväll", "%",
                Direction.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null, 2024, new BigDecimal("64"),
                Map.of(2026, new BigDecimal("72")), null));
        Indicator damage = governance.addIndicator(m, p, new IndicatorData(null,
                "Anmälda brott om skadegörelse per 100 000 invånare", "antal", Direction.LOWER_IS_BETTER, IndicatorSource.KOLADA,
                "N07403", 2024, new BigDecimal("1120"), Map.of(2026, new BigDecimal("1000")), null));
        // example value of the first year, so the traceability view has a result to show
        indicatorValues.recordValue(m, graffitiReports.id(), 2025, new BigDecimal("371"), null, IndicatorValue.Source.ENTERED, null);

        Activity cleaning = measure(m, p, "Sanering av klotter inom 24 timmar vid stationen", ActivityStatus.ONGOING, nbf, g1);
        Activity routine = measure(m, p, "Gemensam rutin för sanering och anmälan med fastighetsägarna", ActivityStatus.PLANNED, nbf, g1);
        Activity lighting = measure(m, p, "Belysning och röjning vid gångtunneln i Skogås", ActivityStatus.PLANNED, nbf, g2);
        Activity youth = measure(m, p, "Kvällsöppen fritidsgård och fältassistenter i Skogås", ActivityStatus.ONGOING, kff, g2);
        Activity cameras = measure(m, p, "Kamerabevakning och väktare vid parkeringsdäcket", ActivityStatus.PLANNED, ksf, g3);
        Activity police = measure(m, p, "Samverkan med lokalpolisområdet enligt medborgarlöftet", ActivityStatus.ONGOING, ksf, g3);
        measure(m, p, UNLINKED, ActivityStatus.PLANNED, ksf, g2); // deliberately unlinked: the warning shows

        plans.chooseBasis(m, p, null, basis.id());
        link(m, p, cleaning, cause(graffiti, CausePerspective.PLACE, "24 timmar"), damage);
        link(m, p, routine, cause(graffiti, CausePerspective.VICTIM, null), damage);
        link(m, p, lighting, cause(gathering, CausePerspective.PLACE, null), null);
        link(m, p, youth, cause(gathering, CausePerspective.OFFENDER, null), null);
        link(m, p, cameras, cause(drugs, CausePerspective.PLACE, null), null);
        plans.linkMeasure(m, p, police.id(), LinkType.PROBLEM, drugs.id());
    }

    /** A small adopted plan on the adopted lägesbild, for the public summary. */
    private void adoptedPlan(long m, AssessmentRef adopted) {
        List<ProblemRef> problems = assessments.problems(m, adopted.id());
        if (problems.isEmpty() || !plans.plansBasedOn(m, adopted.id()).isEmpty()) {
            return;
        }
        LocalDate from = adopted.period().to().plusDays(1);
        GoverningDocument plan = governance.createDocument(m, new DocumentData(DocumentKind.ACTION_PLAN,
                "Åtgärdsplan " + from.getYear(), from, from.plusYears(1).minusDays(1),
                "Exempel: Åtgärder utifrån den antagna lägesbilden.", Set.of(), null));
        long area = governance.addArea(m, plan.id(), new AreaData("Prioriterade problem", null, null)).id();
        long ksf = department(m, "Kommunstyrelsens förvaltning");
        for (ProblemRef problem : problems) {
            long goal = goal(m, plan.id(), area, "Mindre: " + problem.title(), ksf);
            Activity a = governance.createActivity(m, new ActivityData(plan.id(), "Exempel: åtgärd mot " + problem.title(), null,
                    Set.of(goal), ksf, from.getYear(), from.getYear(), ActivityStatus.PLANNED, null, true, null));
            if (plans.links(m, plan.id()).assessmentId() == null) {
                plans.chooseBasis(m, plan.id(), null, adopted.id());
            }
            plans.linkMeasure(m, plan.id(), a.id(), LinkType.PROBLEM, problem.id());
        }
        governance.adoptDocument(m, plan.id(), new AdoptingDecision("Kommunstyrelsen",
                adopted.adoptedOn() == null ? from : adopted.adoptedOn(), null, null));
    }

    private void link(long m, long plan, Activity measure, CauseRef cause, Indicator indicator) {
        if (cause != null) {
            plans.linkMeasure(m, plan, measure.id(), LinkType.CAUSE, cause.id());
        }
        if (indicator != null) {
            plans.linkMeasure(m, plan, measure.id(), LinkType.INDICATOR, indicator.id());
        }
    }

    /** The problem's first cause of the perspective (containing the text, when given). */
    private static CauseRef cause(ProblemRef problem, CausePerspective perspective, String containing) {
        List<CauseRef> of = problem.causes().stream().filter(c -> c.perspective() == perspective).toList();
        return of.stream().filter(c -> containing != null && c.text().contains(containing)).findFirst()
                .orElse(of.isEmpty() ? null : of.get(0));
    }

    private long goal(long m, long plan, long area, String title, long... owners) {
        Set<Long> o = new LinkedHashSet<>();
        for (long d : owners) {
            o.add(d);
        }
        return governance.addGoal(m, plan, new GoalData(area, null, title, null, o, true, null)).id();
    }

    private Activity measure(long m, long plan, String title, ActivityStatus status, long department, long goal) {
        return governance.createActivity(m, new ActivityData(plan, title, null, Set.of(goal), department, 2025, 2026, status,
                null, true, null));
    }

    /** The demo department of that name, or the first one (the demo's departments are created at order 10). */
    private long department(long m, String name) {
        return departments.findDepartmentByName(m, name).map(DepartmentDirectory.DepartmentRef::id)
                .orElseGet(() -> departments.listDepartments(m).get(0).id());
    }
}
