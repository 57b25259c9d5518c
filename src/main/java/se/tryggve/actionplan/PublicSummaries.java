package se.tryggve.actionplan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.assessment.AssessmentDirectory;
import se.tryggve.assessment.AssessmentRef;
import se.tryggve.assessment.AssessmentStatus;
import se.tryggve.assessment.ProblemRef;
import se.tryggve.governance.Activity;
import se.tryggve.governance.AdoptingDecision;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.DocumentStatus;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.incidents.IncidentStatistics;
import se.tryggve.incidents.IncidentStatisticsReport;
import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.SmallCounts;

/**
 * The public summary of a municipality's crime-prevention work: the latest ADOPTED lägesbild (lag 2023:196
 * 4 §; a draft or a version sent for decision is never published) — its period, prioritised problems and
 * causes and the number of reports by category and district — and the adopted action plans based on it
 * (5 §) with their measures and the problems each addresses. Counts 1–4 are shown as "färre än 5"
 * ({@link SmallCounts}); no total is printed beside them, so a hidden cell cannot be worked out. Nothing
 * from the reports themselves (free text, places, reporters) and no personal data is published.
 */
@Service
public class PublicSummaries {

    /** A published count: {@code count} null when suppressed. */
    public record Figure(String label, Integer count, boolean suppressed) {

        static Figure of(String label, int count) {
            return SmallCounts.suppressed(count) ? new Figure(label, null, true) : new Figure(label, count, false);
        }
    }

    public record PublicMeasure(String title, int startYear, int endYear, String department, List<String> problems) {
    }

    public record PublicPlan(String title, Period period, AdoptingDecision decision, List<PublicMeasure> measures) {
    }

    /** {@code assessment} null: no adopted lägesbild yet (everything else is then empty). */
    public record PublicSummary(Municipality municipality, AssessmentRef assessment, List<ProblemRef> problems,
                                List<Figure> byCategory, List<Figure> byDistrict, List<PublicPlan> plans) {
    }

    private final Municipalities municipalities;
    private final AssessmentDirectory assessments;
    private final ActionPlans plans;
    private final GovernanceQueries governance;
    private final IncidentStatistics statistics;

    PublicSummaries(Municipalities municipalities, AssessmentDirectory assessments, ActionPlans plans,
                    GovernanceQueries governance, IncidentStatistics statistics) {
        this.municipalities = municipalities;
        this.assessments = assessments;
        this.plans = plans;
        this.governance = governance;
        this.statistics = statistics;
    }

    /** The municipalities of the installation, for the choice on the public page. */
    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        return municipalities.listMunicipalities();
    }

    /**
     * The municipality of a code ({@code 0126}); empty for no code. A malformed code is refused (400), an
     * unknown one is not found (404).
     */
    @Transactional(readOnly = true)
    public Optional<Municipality> municipality(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!code.strip().matches("\\d{4}")) {
            throw new RuleViolationException("kommun", "actionplan.public.municipalityInvalid");
        }
        return Optional.of(municipalities.findByCode(code.strip()).orElseThrow(() -> new NotFoundException("Municipality", code)));
    }

    @Transactional(readOnly = true)
    public PublicSummary summary(Municipality municipality, String unknownDistrict) {
        long m = municipality.id();
        Optional<AssessmentRef> adopted = assessments.adoptedLatest(m).filter(a -> a.status() == AssessmentStatus.ADOPTED);
        if (adopted.isEmpty()) {
            return new PublicSummary(municipality, null, List.of(), List.of(), List.of(), List.of());
        }
        AssessmentRef a = adopted.get();
        List<ProblemRef> problems = assessments.problems(m, a.id());
        IncidentStatisticsReport report = statistics.statistics(m,
                new IncidentStatistics.Filter(null, a.period().from(), a.period().to(), null, null));
        List<Figure> byCategory = report.byCategory().stream()
                .map(r -> Figure.of(r.label(), r.figures().reports())).toList();
        List<Figure> byDistrict = report.byDistrict().stream()
                .map(r -> Figure.of(r.label() == null ? unknownDistrict : r.label(), r.figures().reports())).toList();
        return new PublicSummary(municipality, a, problems, byCategory, byDistrict, publicPlans(m, a.id(), problems));
    }

    /** The adopted action plans based on the lägesbild; a draft plan is the administration's working paper. */
    private List<PublicPlan> publicPlans(long m, long assessmentId, List<ProblemRef> problems) {
        Map<Long, String> titles = new HashMap<>();
        problems.forEach(p -> titles.put(p.id(), p.priority() + ". " + p.title()));
        Map<Long, String> departments = governance.departmentNames(m);
        List<PublicPlan> result = new ArrayList<>();
        for (Long planId : plans.plansBasedOn(m, assessmentId)) {
            GoverningDocument d = governance.document(m, planId);
            if (d.kind() != DocumentKind.ACTION_PLAN || d.status() != DocumentStatus.ADOPTED) {
                continue;
            }
            Map<Long, MeasureLinks> links = new HashMap<>();
            plans.links(m, planId).measures().forEach(l -> links.put(l.activityId(), l));
            List<PublicMeasure> measures = new ArrayList<>();
            for (Activity act : plans.measures(m, planId)) {
                MeasureLinks l = links.get(act.id());
                List<String> addressed = l == null ? List.of()
                        : problems.stream().filter(p -> l.problemIds().contains(p.id())).map(p -> titles.get(p.id())).toList();
                measures.add(new PublicMeasure(act.title(), act.startYear(), act.endYear(),
                        departments.getOrDefault(act.responsibleDepartmentId(), ""), addressed));
            }
            result.add(new PublicPlan(d.title(), d.period(), d.decision(), measures));
        }
        return result;
    }
}
