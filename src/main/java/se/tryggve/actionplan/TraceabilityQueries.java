package se.tryggve.actionplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.actionplan.TraceabilityReport.CauseTrace;
import se.tryggve.actionplan.TraceabilityReport.GoalJudgement;
import se.tryggve.actionplan.TraceabilityReport.IndicatorTrace;
import se.tryggve.actionplan.TraceabilityReport.MeasureResult;
import se.tryggve.actionplan.TraceabilityReport.MeasureTrace;
import se.tryggve.actionplan.TraceabilityReport.ProblemTrace;
import se.tryggve.actionplan.TraceabilityReport.UnaddressedCause;
import se.tryggve.assessment.AssessmentDirectory;
import se.tryggve.assessment.AssessmentRef;
import se.tryggve.assessment.CauseRef;
import se.tryggve.assessment.ProblemRef;
import se.tryggve.followup.ActivityReport;
import se.tryggve.followup.DepartmentPart;
import se.tryggve.followup.FollowUp;
import se.tryggve.followup.FollowUpStatus;
import se.tryggve.followup.FollowUps;
import se.tryggve.followup.GoalReport;
import se.tryggve.followup.IndicatorValue;
import se.tryggve.followup.IndicatorValues;
import se.tryggve.governance.Activity;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;

/** Assembles the traceability view of an action plan from the plan's links and the other modules' public reads. */
@Service
public class TraceabilityQueries {

    private final ActionPlans plans;
    private final GovernanceQueries governance;
    private final AssessmentDirectory assessments;
    private final FollowUps followUps;
    private final IndicatorValues indicatorValues;

    TraceabilityQueries(ActionPlans plans, GovernanceQueries governance, AssessmentDirectory assessments,
                        FollowUps followUps, IndicatorValues indicatorValues) {
        this.plans = plans;
        this.governance = governance;
        this.assessments = assessments;
        this.followUps = followUps;
        this.indicatorValues = indicatorValues;
    }

    @Transactional(readOnly = true)
    public TraceabilityReport traceability(long m, long planId) {
        GoverningDocument plan = plans.plan(m, planId);
        ActionPlanLinks links = plans.links(m, planId);
        AssessmentRef basis = links.assessmentId() == null ? null : assessments.assessment(m, links.assessmentId()).orElse(null);
        List<ProblemRef> problems = basis == null ? List.of() : assessments.problems(m, basis.id());
        Set<Long> problemIds = new LinkedHashSet<>();
        Set<Long> causeIds = new LinkedHashSet<>();
        problems.forEach(p -> {
            problemIds.add(p.id());
            p.causes().forEach(c -> causeIds.add(c.id()));
        });

        List<Activity> activities = plans.measures(m, planId);
        Map<Long, Goal> goals = new HashMap<>();
        governance.goals(m, planId).forEach(g -> goals.put(g.id(), g));
        List<Indicator> indicators = governance.indicators(m, planId);
        Map<Long, Indicator> indicatorById = new HashMap<>();
        indicators.forEach(i -> indicatorById.put(i.id(), i));
        Map<Long, List<IndicatorValue>> values = indicatorValues.values(m, indicatorById.keySet());
        Map<Long, String> departments = governance.departmentNames(m);
        Map<Long, MeasureLinks> linksByActivity = new HashMap<>();
        links.measures().forEach(l -> linksByActivity.put(l.activityId(), l));
        Results results = results(m, planId, goals);

        Map<Long, MeasureTrace> traces = new LinkedHashMap<>();
        for (Activity a : activities) {
            MeasureLinks l = linksByActivity.get(a.id());
            // links to problems or causes deleted from the lägesbild since are not shown
            List<Long> measureProblems = l.problemIds().stream().filter(problemIds::contains).toList();
            List<Long> measureCauses = l.causeIds().stream().filter(causeIds::contains).toList();
            List<IndicatorTrace> its = new ArrayList<>();
            Set<Long> seen = new LinkedHashSet<>();
            for (Long id : l.indicatorIds()) {
                Indicator i = indicatorById.get(id);
                if (i != null && seen.add(id)) {
                    its.add(indicatorTrace(i, false, values.getOrDefault(id, List.of())));
                }
            }
            for (Indicator i : indicators) {
                if (i.goalId() != null && a.goalIds().contains(i.goalId()) && seen.add(i.id())) {
                    its.add(indicatorTrace(i, true, values.getOrDefault(i.id(), List.of())));
                }
            }
            traces.put(a.id(), new MeasureTrace(a.id(), a.title(), departments.getOrDefault(a.responsibleDepartmentId(), ""),
                    a.status(), a.startYear(), a.endYear(), measureProblems, measureCauses, its, results.of(a)));
        }

        List<ProblemTrace> problemTraces = new ArrayList<>();
        List<ProblemRef> problemsWithout = new ArrayList<>();
        List<UnaddressedCause> causesWithout = new ArrayList<>();
        for (ProblemRef p : problems) {
            List<MeasureTrace> whole = traces.values().stream()
                    .filter(t -> t.problemIds().contains(p.id()) && p.causes().stream().noneMatch(c -> t.causeIds().contains(c.id())))
                    .toList();
            List<CauseTrace> causeTraces = new ArrayList<>();
            for (CauseRef c : p.causes()) {
                List<MeasureTrace> ms = traces.values().stream().filter(t -> t.causeIds().contains(c.id())).toList();
                causeTraces.add(new CauseTrace(c, ms));
                if (ms.isEmpty()) {
                    causesWithout.add(new UnaddressedCause(p, c));
                }
            }
            boolean addressed = traces.values().stream().anyMatch(t -> t.problemIds().contains(p.id()));
            if (!addressed) {
                problemsWithout.add(p);
            }
            problemTraces.add(new ProblemTrace(p, whole, causeTraces));
        }
        List<MeasureTrace> measuresWithout = traces.values().stream().filter(t -> t.problemIds().isEmpty()).toList();
        return new TraceabilityReport(plan, basis, problemTraces, List.copyOf(traces.values()), measuresWithout,
                problemsWithout, causesWithout);
    }

    private static IndicatorTrace indicatorTrace(Indicator i, boolean viaGoal, List<IndicatorValue> values) {
        IndicatorValue latest = values.stream().max(Comparator.comparingInt(IndicatorValue::year)).orElse(null);
        Integer targetYear = null;
        BigDecimal target = null;
        if (latest != null && i.targets().containsKey(latest.year())) {
            targetYear = latest.year();
            target = i.targets().get(latest.year());
        } else if (!i.targets().isEmpty()) {
            targetYear = i.targets().keySet().stream().max(Integer::compare).orElseThrow();
            target = i.targets().get(targetYear);
        }
        return new IndicatorTrace(i.id(), i.name(), i.unit(), viaGoal, latest == null ? null : latest.year(),
                latest == null ? null : latest.value(), latest == null ? null : latest.missingReason(), targetYear, target);
    }

    /** The plan's follow-ups in force (corrections replace what they correct), newest year first, read once. */
    private Results results(long m, long planId, Map<Long, Goal> goals) {
        List<FollowUp> current = followUps.listFollowUps(m).stream()
                .filter(f -> f.documentId() == planId && !f.superseded())
                .sorted(Comparator.comparingInt(FollowUp::year).reversed().thenComparing(FollowUp::id, Comparator.reverseOrder()))
                .toList();
        Map<FollowUp, List<DepartmentPart>> parts = new LinkedHashMap<>();
        for (FollowUp f : current) {
            parts.put(f, followUps.parts(m, f.id()));
        }
        return new Results(parts, goals);
    }

    private record Results(Map<FollowUp, List<DepartmentPart>> parts, Map<Long, Goal> goals) {

        /** The latest follow-up that has the measure in it; null when none has. */
        MeasureResult of(Activity a) {
            for (var e : parts.entrySet()) {
                ActivityReport report = null;
                List<GoalJudgement> judgements = new ArrayList<>();
                for (DepartmentPart p : e.getValue()) {
                    for (ActivityReport r : p.activities()) {
                        if (r.activityId() == a.id()) {
                            report = r;
                        }
                    }
                    for (GoalReport g : p.goals()) {
                        if (a.goalIds().contains(g.goalId()) && goals.containsKey(g.goalId())) {
                            judgements.add(new GoalJudgement(goals.get(g.goalId()).title(), g.judgement()));
                        }
                    }
                }
                if (report != null) {
                    FollowUp f = e.getKey();
                    return new MeasureResult(f.id(), f.year(), f.status() == FollowUpStatus.APPROVED, report.status(),
                            report.whatWasDone(), judgements);
                }
            }
            return null;
        }
    }
}
