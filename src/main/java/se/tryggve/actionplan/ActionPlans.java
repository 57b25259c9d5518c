package se.tryggve.actionplan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.assessment.AssessmentDirectory;
import se.tryggve.assessment.AssessmentRef;
import se.tryggve.assessment.CauseRef;
import se.tryggve.assessment.ProblemRef;
import se.tryggve.governance.Activity;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.DocumentStatus;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * The action plan's use cases: choose the lägesbild the plan is based on, link and unlink a measure to the
 * problems and causes it addresses and to indicators. Lag (2023:196) 5 § has the municipality decide on
 * measures based on the lägesbild of 4 §, so a measure may only address problems of the plan's own
 * lägesbild. Every id is looked up within the caller's municipality (another's is "not found"), and every
 * change publishes a {@link StateChanged} in its transaction.
 */
@Service
public class ActionPlans {

    static final String PLAN = "ActionPlan";
    static final String MEASURE = "ActionPlanMeasure";

    private final ActionPlanStore store;
    private final GovernanceQueries governance;
    private final AssessmentDirectory assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlans(ActionPlanStore store, GovernanceQueries governance, AssessmentDirectory assessments,
                ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.governance = governance;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reads

    /** The plan's basis and every measure's links. */
    @Transactional(readOnly = true)
    public ActionPlanLinks links(long m, long planId) {
        plan(m, planId);
        Optional<ActionPlanStore.PlanRow> row = store.plan(m, planId);
        List<ActionPlanStore.Link> links = store.links(m, planId);
        Map<Long, List<ActionPlanStore.Link>> byActivity = new HashMap<>();
        links.forEach(l -> byActivity.computeIfAbsent(l.activityId(), k -> new ArrayList<>()).add(l));
        long version = row.map(ActionPlanStore.PlanRow::version).orElse(0L);
        List<MeasureLinks> measures = new ArrayList<>();
        for (Activity a : measures(m, planId)) {
            measures.add(measureLinks(planId, a.id(), byActivity.getOrDefault(a.id(), List.of()), version));
        }
        return new ActionPlanLinks(planId, row.map(ActionPlanStore.PlanRow::assessmentId).orElse(null), version, measures);
    }

    @Transactional(readOnly = true)
    public MeasureLinks measureLinks(long m, long planId, long activityId) {
        plan(m, planId);
        measure(m, planId, activityId);
        return current(m, planId, activityId);
    }

    /** The lägesbild the plan is based on, if chosen. */
    @Transactional(readOnly = true)
    public Optional<AssessmentRef> basis(long m, long planId) {
        plan(m, planId);
        return store.plan(m, planId).map(ActionPlanStore.PlanRow::assessmentId).flatMap(a -> assessments.assessment(m, a));
    }

    /** The plans (ids) based on a lägesbild. */
    @Transactional(readOnly = true)
    public List<Long> plansBasedOn(long m, long assessmentId) {
        return store.plansBasedOn(m, assessmentId);
    }

    // ---------------------------------------------------------------- use cases

    /**
     * Chooses the lägesbild the plan is based on. Changing it while measures are linked to the old one's
     * problems is refused: the links would point at another analysis (unlink them first).
     *
     * @param expectedVersion the link version the change is based on; null skips the check
     */
    @Transactional
    public ActionPlanLinks chooseBasis(long m, long planId, Long expectedVersion, Long assessmentId) {
        GoverningDocument plan = editablePlan(m, planId);
        if (assessmentId == null) {
            throw new RuleViolationException("assessmentId", "actionplan.basis.required");
        }
        AssessmentRef assessment = assessments.assessment(m, assessmentId)
                .orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        store.ensurePlan(m, planId, clock.instant());
        ActionPlanStore.PlanRow before = store.plan(m, planId).orElseThrow();
        checkVersion(planId, before.version(), expectedVersion);
        if (assessmentId.equals(before.assessmentId())) {
            return links(m, planId);
        }
        if (before.assessmentId() != null && store.hasAssessmentLinks(m, planId)) {
            throw new RuleViolationException("assessmentId", "actionplan.basis.hasLinks");
        }
        if (!store.updateBasis(m, planId, assessment.id(), before.version(), clock.instant())) {
            throw new StaleVersionException(PLAN, planId);
        }
        events.publishEvent(StateChanged.of(m, PLAN, plan.id(), "basisChosen")
                .field("assessmentId", before.assessmentId(), assessment.id()).build());
        return links(m, planId);
    }

    /** Links a measure to a problem, a cause (which also links its problem) or an indicator; linking twice changes nothing. */
    @Transactional
    public MeasureLinks linkMeasure(long m, long planId, long activityId, LinkType type, long targetId) {
        editablePlan(m, planId);
        measure(m, planId, activityId);
        MeasureLinks before = current(m, planId, activityId);
        Set<Long> problems = new TreeSet<>(before.problemIds());
        Set<Long> causes = new TreeSet<>(before.causeIds());
        Set<Long> indicators = new TreeSet<>(before.indicatorIds());
        switch (type) {
            case PROBLEM -> problems.add(targetId);
            case CAUSE -> causes.add(targetId);
            case INDICATOR -> indicators.add(targetId);
        }
        return save(m, planId, activityId, null, before, problems, causes, indicators, "linked");
    }

    /** Unlinks a measure; unlinking a problem also unlinks its causes. Unlinking what is not linked changes nothing. */
    @Transactional
    public MeasureLinks unlinkMeasure(long m, long planId, long activityId, LinkType type, long targetId) {
        editablePlan(m, planId);
        measure(m, planId, activityId);
        MeasureLinks before = current(m, planId, activityId);
        Set<Long> problems = new TreeSet<>(before.problemIds());
        Set<Long> causes = new TreeSet<>(before.causeIds());
        Set<Long> indicators = new TreeSet<>(before.indicatorIds());
        switch (type) {
            case PROBLEM -> {
                problems.remove(targetId);
                Set<Long> ofProblem = causeIdsOfProblem(m, planId, targetId);
                causes.removeIf(ofProblem::contains);
            }
            case CAUSE -> causes.remove(targetId);
            case INDICATOR -> indicators.remove(targetId);
        }
        return save(m, planId, activityId, null, before, problems, causes, indicators, "unlinked");
    }

    /**
     * Replaces all of a measure's links (the link form). A cause's problem is linked with it.
     *
     * @param expectedVersion the plan's link version the form was based on; null skips the check
     */
    @Transactional
    public MeasureLinks replaceMeasureLinks(long m, long planId, long activityId, Long expectedVersion,
                                            Collection<Long> problemIds, Collection<Long> causeIds,
                                            Collection<Long> indicatorIds) {
        editablePlan(m, planId);
        measure(m, planId, activityId);
        MeasureLinks before = current(m, planId, activityId);
        return save(m, planId, activityId, expectedVersion, before, ids(problemIds), ids(causeIds), ids(indicatorIds),
                "linksReplaced");
    }

    // ---------------------------------------------------------------- rules

    private MeasureLinks save(long m, long planId, long activityId, Long expectedVersion, MeasureLinks before,
                              Set<Long> problems, Set<Long> causes, Set<Long> indicators, String action) {
        checkVersion(planId, before.version(), expectedVersion);
        Set<Long> allProblems = new TreeSet<>(problems);
        if (!problems.equals(before.problemIds()) || !causes.equals(before.causeIds())) {
            Long basis = store.plan(m, planId).map(ActionPlanStore.PlanRow::assessmentId).orElse(null);
            for (Long p : difference(problems, before.problemIds())) {
                checkProblem(m, basis, p);
            }
            for (Long c : difference(causes, before.causeIds())) {
                checkCause(m, basis, c);
            }
            // a measure that addresses a cause addresses its problem
            if (basis != null && !causes.isEmpty()) {
                for (ProblemRef p : assessments.problems(m, basis)) {
                    if (p.causes().stream().anyMatch(c -> causes.contains(c.id()))) {
                        allProblems.add(p.id());
                    }
                }
            }
        }
        for (Long i : difference(indicators, before.indicatorIds())) {
            checkIndicator(m, planId, i);
        }
        if (allProblems.equals(before.problemIds()) && causes.equals(before.causeIds())
                && indicators.equals(before.indicatorIds())) {
            return before;
        }
        var now = clock.instant();
        store.ensurePlan(m, planId, now);
        if (!store.touch(m, planId, before.version(), now)) {
            throw new StaleVersionException(PLAN, planId);
        }
        apply(m, planId, activityId, LinkType.PROBLEM, before.problemIds(), allProblems, now);
        apply(m, planId, activityId, LinkType.CAUSE, before.causeIds(), causes, now);
        apply(m, planId, activityId, LinkType.INDICATOR, before.indicatorIds(), indicators, now);
        events.publishEvent(StateChanged.of(m, MEASURE, activityId, action).value("planId", planId)
                .field("problemIds", List.copyOf(before.problemIds()), List.copyOf(allProblems))
                .field("causeIds", List.copyOf(before.causeIds()), List.copyOf(causes))
                .field("indicatorIds", List.copyOf(before.indicatorIds()), List.copyOf(indicators)).build());
        return current(m, planId, activityId);
    }

    private void apply(long m, long planId, long activityId, LinkType type, Set<Long> before, Set<Long> after,
                       java.time.Instant now) {
        for (Long gone : difference(before, after)) {
            store.deleteLink(m, activityId, type, gone);
        }
        for (Long added : difference(after, before)) {
            store.insertLink(m, planId, activityId, type, added, now);
        }
    }

    /** A problem of another municipality is not found; one of another lägesbild than the plan's is refused. */
    private ProblemRef checkProblem(long m, Long basis, long problemId) {
        ProblemRef p = assessments.problem(m, problemId).orElseThrow(() -> new NotFoundException("AssessmentProblem", problemId));
        if (basis == null) {
            throw new RuleViolationException("assessmentId", "actionplan.basis.required");
        }
        if (p.assessmentId() != basis) {
            throw new RuleViolationException("problemId", "actionplan.problem.otherAssessment");
        }
        return p;
    }

    private CauseRef checkCause(long m, Long basis, long causeId) {
        if (basis != null) {
            for (ProblemRef p : assessments.problems(m, basis)) {
                for (CauseRef c : p.causes()) {
                    if (c.id() == causeId) {
                        return c;
                    }
                }
            }
        }
        // not in the plan's lägesbild: another of the municipality's lägesbilder (refused) or nowhere (not found)
        for (AssessmentRef a : assessments.assessments(m)) {
            if (basis != null && a.id() == basis) {
                continue;
            }
            for (ProblemRef p : assessments.problems(m, a.id())) {
                if (p.causes().stream().anyMatch(c -> c.id() == causeId)) {
                    if (basis == null) {
                        throw new RuleViolationException("assessmentId", "actionplan.basis.required");
                    }
                    throw new RuleViolationException("causeId", "actionplan.problem.otherAssessment");
                }
            }
        }
        throw new NotFoundException("AssessmentCause", causeId);
    }

    private Indicator checkIndicator(long m, long planId, long indicatorId) {
        Indicator i = governance.indicator(m, indicatorId);
        if (i.documentId() != planId) {
            throw new RuleViolationException("indicatorId", "actionplan.indicator.notInPlan");
        }
        return i;
    }

    private Set<Long> causeIdsOfProblem(long m, long planId, long problemId) {
        Set<Long> result = new TreeSet<>();
        assessments.problem(m, problemId).ifPresent(p -> p.causes().forEach(c -> result.add(c.id())));
        return result;
    }

    /** The governing document, which must be an action plan (404 for another municipality's). */
    GoverningDocument plan(long m, long planId) {
        GoverningDocument d = governance.document(m, planId);
        if (d.kind() != DocumentKind.ACTION_PLAN) {
            throw new RuleViolationException("planId", "actionplan.notActionPlan");
        }
        return d;
    }

    /** An expired plan is history and keeps its links as they were when it ceased to apply. */
    private GoverningDocument editablePlan(long m, long planId) {
        GoverningDocument d = plan(m, planId);
        if (d.status() == DocumentStatus.EXPIRED) {
            throw new RuleViolationException(null, "actionplan.planExpired");
        }
        return d;
    }

    /** The activity, which must be a measure of this plan (404 for another municipality's). */
    Activity measure(long m, long planId, long activityId) {
        Activity a = governance.activity(m, activityId);
        if (a.documentId() != planId) {
            throw new RuleViolationException("activityId", "actionplan.measure.notInPlan");
        }
        return a;
    }

    List<Activity> measures(long m, long planId) {
        return governance.activities(m, new GovernanceQueries.ActivityFilter(planId, null, null, null));
    }

    private MeasureLinks current(long m, long planId, long activityId) {
        long version = store.plan(m, planId).map(ActionPlanStore.PlanRow::version).orElse(0L);
        return measureLinks(planId, activityId, store.linksOf(m, activityId), version);
    }

    private static MeasureLinks measureLinks(long planId, long activityId, List<ActionPlanStore.Link> links, long version) {
        return new MeasureLinks(planId, activityId, new TreeSet<>(ActionPlanStore.targets(links, LinkType.PROBLEM)),
                new TreeSet<>(ActionPlanStore.targets(links, LinkType.CAUSE)),
                new TreeSet<>(ActionPlanStore.targets(links, LinkType.INDICATOR)), version);
    }

    private static void checkVersion(long planId, long actual, Long expected) {
        if (expected != null && expected != actual) {
            throw new StaleVersionException(PLAN, planId);
        }
    }

    private static Set<Long> ids(Collection<Long> ids) {
        Set<Long> result = new TreeSet<>();
        if (ids != null) {
            ids.stream().filter(java.util.Objects::nonNull).forEach(result::add);
        }
        return result;
    }

    private static Set<Long> difference(Set<Long> a, Set<Long> b) {
        Set<Long> d = new LinkedHashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
