package se.tryggve.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.governance.Activity;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.JudgementScale;
import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/** Use cases and reads of the yearly follow-up. Every method is scoped by municipality. */
@Service
public class FollowUps {

    static final String FOLLOW_UP = "FollowUp";
    static final String PART = "FollowUpPart";

    private final FollowUpStore store;
    private final GovernanceQueries governance;
    private final Municipalities municipalities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DepartmentDirectory directory;
    private final IndicatorValues indicatorValues;

    FollowUps(FollowUpStore store, GovernanceQueries governance, Municipalities municipalities,
              ApplicationEventPublisher events, Clock clock, DepartmentDirectory directory, IndicatorValues indicatorValues) {
        this.store = store;
        this.governance = governance;
        this.municipalities = municipalities;
        this.events = events;
        this.clock = clock;
        this.directory = directory;
        this.indicatorValues = indicatorValues;
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public List<FollowUp> listFollowUps(long m) {
        return store.followUps(m);
    }

    @Transactional(readOnly = true)
    public FollowUp followUp(long m, long id) {
        return store.followUp(m, id).orElseThrow(() -> new NotFoundException(FOLLOW_UP, id));
    }

    @Transactional(readOnly = true)
    public List<DepartmentPart> parts(long m, long followUpId) {
        followUp(m, followUpId);
        return store.parts(m, followUpId);
    }

    @Transactional(readOnly = true)
    public DepartmentPart part(long m, long followUpId, long partId) {
        return store.parts(m, followUpId).stream().filter(p -> p.id() == partId).findFirst()
                .orElseThrow(() -> new NotFoundException(PART, partId));
    }

    @Transactional(readOnly = true)
    public JudgementScale scale(long m) {
        return municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m)).judgement();
    }

    /** Whether the follow-up's year is the last year of its document's period (the period is judged then). */
    @Transactional(readOnly = true)
    public boolean lastYearOfPeriod(long m, FollowUp f) {
        GoverningDocument doc = governance.document(m, f.documentId());
        return doc.period().to() != null && doc.period().to().getYear() == f.year();
    }

    // ---------------------------------------------------------------- use cases

    /**
     * Opens the follow-up of a document for a year: one part per department that owns one of the
     * document's goals or is responsible for one of its activities, each reporting on exactly those.
     */
    @Transactional
    public FollowUp openFollowUp(long m, long documentId, Integer year, LocalDate deadline, String noteOnYear) {
        return openFollowUp(m, documentId, year, deadline, noteOnYear, DepartmentAssignment.OWNERS);
    }

    /**
     * Opens the follow-up with the coordinator's choice of which department reports on which goal
     * and activity; goals and activities left out keep their owners or responsible department.
     */
    @Transactional
    public FollowUp openFollowUp(long m, long documentId, Integer year, LocalDate deadline, String noteOnYear,
                                 DepartmentAssignment assignment) {
        GoverningDocument doc = governance.document(m, documentId);
        if (year == null) {
            throw new RuleViolationException("year", "jakarta.validation.constraints.NotNull.message");
        }
        if (year < doc.period().from().getYear() || (doc.period().to() != null && year > doc.period().to().getYear())) {
            throw new RuleViolationException("year", "followup.year.outsidePeriod");
        }
        if (deadline == null) {
            throw new RuleViolationException("deadline", "jakarta.validation.constraints.NotNull.message");
        }
        if (store.existsFor(m, documentId, year)) {
            throw new RuleViolationException("year", "followup.year.exists");
        }
        List<Goal> goals = governance.goals(m, documentId);
        List<Activity> activities = governance.activities(m, new GovernanceQueries.ActivityFilter(documentId, null, null, null));
        DepartmentAssignment chosen = assignment == null ? DepartmentAssignment.OWNERS : assignment;
        checkAssignment(m, goals, activities, chosen);
        FollowUp f = new FollowUp(0, m, documentId, year, deadline, FollowUp.blankToNull(noteOnYear), FollowUpStatus.OPEN,
                null, null, null, null, null, false, 0);
        long id = store.insertFollowUp(f);

        Map<Long, List<GoalReport>> goalsByDep = new LinkedHashMap<>();
        for (Goal g : goals) {
            for (Long dep : chosen.goalDepartments().containsKey(g.id()) ? chosen.goalDepartments().get(g.id())
                    : g.ownerDepartmentIds()) {
                goalsByDep.computeIfAbsent(dep, k -> new ArrayList<>()).add(new GoalReport(g.id(), null, null));
            }
        }
        Map<Long, List<ActivityReport>> activitiesByDep = new LinkedHashMap<>();
        // A department reports on what it did this year: only activities planned to run in the year.
        for (Activity a : activities) {
            if (a.startYear() > year || a.endYear() < year) {
                continue;
            }
            activitiesByDep.computeIfAbsent(chosen.activityDepartments().getOrDefault(a.id(), a.responsibleDepartmentId()),
                            k -> new ArrayList<>())
                    .add(new ActivityReport(a.id(), a.status(), null));
        }
        Set<Long> deps = new LinkedHashSet<>(goalsByDep.keySet());
        deps.addAll(activitiesByDep.keySet());
        for (Long dep : deps) {
            long partId = store.insertPart(new DepartmentPart(0, m, id, dep, PartStatus.OPEN, null, null,
                    goalsByDep.getOrDefault(dep, List.of()), activitiesByDep.getOrDefault(dep, List.of()), 0));
            events.publishEvent(StateChanged.of(m, PART, partId, "created").value("followUpId", id)
                    .value("departmentId", dep)
                    .value("goals", goalsByDep.getOrDefault(dep, List.of()).stream().map(GoalReport::goalId).toList())
                    .value("activities", activitiesByDep.getOrDefault(dep, List.of()).stream().map(ActivityReport::activityId).toList())
                    .build());
        }
        events.publishEvent(StateChanged.of(m, FOLLOW_UP, id, "created").value("documentId", documentId)
                .value("year", year).value("deadline", deadline).value("noteOnYear", f.noteOnYear())
                .value("parts", deps.size()).build());
        return followUp(m, id);
    }

    /** The chosen goals and activities are the document's, every goal keeps a department, each one exists and is active. */
    private void checkAssignment(long m, List<Goal> goals, List<Activity> activities, DepartmentAssignment assignment) {
        Set<Long> goalIds = goals.stream().map(Goal::id).collect(Collectors.toSet());
        Set<Long> activityIds = activities.stream().map(Activity::id).collect(Collectors.toSet());
        for (var e : assignment.goalDepartments().entrySet()) {
            if (e.getKey() == null || !goalIds.contains(e.getKey())) {
                throw new RuleViolationException("goalDepartments", "followup.assignment.unknownGoal");
            }
            if (e.getValue() == null || e.getValue().isEmpty()) {
                String title = goals.stream().filter(g -> g.id() == e.getKey()).map(Goal::title).findFirst().orElse("");
                throw new RuleViolationException("goalDepartments", "followup.assignment.goalWithoutDepartment", title);
            }
            e.getValue().forEach(dep -> checkDepartment(m, dep, "goalDepartments"));
        }
        for (var e : assignment.activityDepartments().entrySet()) {
            if (e.getKey() == null || !activityIds.contains(e.getKey())) {
                throw new RuleViolationException("activityDepartments", "followup.assignment.unknownActivity");
            }
            checkDepartment(m, e.getValue(), "activityDepartments");
        }
    }

    private void checkDepartment(long m, Long departmentId, String field) {
        if (departmentId == null || directory.findDepartment(m, departmentId).filter(d -> d.active()).isEmpty()) {
            throw new RuleViolationException(field, "followup.assignment.unknownDepartment");
        }
    }

    /** A department saves its draft: work and judgement per goal, status and what was done per activity. */
    @Transactional
    public DepartmentPart updatePart(long m, long followUpId, long partId, long expectedVersion,
                                     List<GoalReport> goals, List<ActivityReport> activities) {
        FollowUp f = followUp(m, followUpId);
        f.checkOpen();
        DepartmentPart before = part(m, followUpId, partId);
        checkVersion(before.version(), expectedVersion, PART, partId);
        JudgementScale scale = scale(m);
        Map<Long, GoalReport> goalIn = index(goals, GoalReport::goalId, "goals");
        Map<Long, ActivityReport> activityIn = index(activities, ActivityReport::activityId, "activities");
        if (!before.goals().stream().map(GoalReport::goalId).collect(Collectors.toSet()).containsAll(goalIn.keySet())) {
            throw new RuleViolationException("goals", "followup.part.unknownGoal");
        }
        if (!before.activities().stream().map(ActivityReport::activityId).collect(Collectors.toSet()).containsAll(activityIn.keySet())) {
            throw new RuleViolationException("activities", "followup.part.unknownActivity");
        }
        List<GoalReport> newGoals = new ArrayList<>();
        for (GoalReport old : before.goals()) {
            GoalReport in = goalIn.getOrDefault(old.goalId(), old);
            Judgement.checkOnScale(scale, in.judgement(), "goals");
            newGoals.add(new GoalReport(old.goalId(), FollowUp.blankToNull(in.work()), in.judgement()));
        }
        List<ActivityReport> newActivities = new ArrayList<>();
        for (ActivityReport old : before.activities()) {
            ActivityReport in = activityIn.getOrDefault(old.activityId(), old);
            newActivities.add(new ActivityReport(old.activityId(), in.status() == null ? old.status() : in.status(),
                    FollowUp.blankToNull(in.whatWasDone())));
        }
        DepartmentPart after = before.edit(newGoals, newActivities);
        store.updatePart(after);
        var change = StateChanged.of(m, PART, partId, "updated");
        for (int i = 0; i < newGoals.size(); i++) {
            GoalReport o = before.goals().get(i);
            GoalReport n = newGoals.get(i);
            change.field("goal " + o.goalId() + " work", o.work(), n.work());
            change.field("goal " + o.goalId() + " judgement", o.judgement(), n.judgement());
        }
        for (int i = 0; i < newActivities.size(); i++) {
            ActivityReport o = before.activities().get(i);
            ActivityReport n = newActivities.get(i);
            change.field("activity " + o.activityId() + " status", o.status(), n.status());
            change.field("activity " + o.activityId() + " whatWasDone", o.whatWasDone(), n.whatWasDone());
        }
        events.publishEvent(change.build());
        return part(m, followUpId, partId);
    }

    /** The department hands in its part; on a scale with judgements every goal must be judged. */
    @Transactional
    public DepartmentPart submitPart(long m, long followUpId, long partId) {
        FollowUp f = followUp(m, followUpId);
        f.checkOpen();
        DepartmentPart before = part(m, followUpId, partId);
        DepartmentPart after = before.submit(clock.instant());
        JudgementScale scale = scale(m);
        for (GoalReport g : before.goals()) {
            Judgement.checkPresent(scale, g.judgement(), "goals");
        }
        checkIndicatorsReported(m, f, before);
        return transition(before, after, "submitted");
    }

    /**
     * A department hands in this year's value, or why it is missing, for each indicator of its goals
     * that it measures itself (own measurement or survey), so that no value is silently absent. Kolada
     * indicators are exempt: Kolada publishes with a delay, often after the deadline, and the
     * coordinator imports them.
     */
    private void checkIndicatorsReported(long m, FollowUp f, DepartmentPart part) {
        Set<Long> goalIds = part.goals().stream().map(GoalReport::goalId).collect(Collectors.toSet());
        for (se.tryggve.governance.Indicator i : governance.indicators(m, f.documentId())) {
            if (i.goalId() != null && goalIds.contains(i.goalId()) && i.source() != se.tryggve.governance.IndicatorSource.KOLADA
                    && indicatorValues.value(m, i.id(), f.year()).isEmpty()) {
                throw new RuleViolationException("goals", "followup.indicator.missingOnSubmit", i.name());
            }
        }
    }

    @Transactional
    public DepartmentPart returnPart(long m, long followUpId, long partId, String comment) {
        followUp(m, followUpId).checkOpen();
        DepartmentPart before = part(m, followUpId, partId);
        return transition(before, before.returnWith(comment), "returned");
    }

    @Transactional
    public DepartmentPart acceptPart(long m, long followUpId, long partId) {
        followUp(m, followUpId).checkOpen();
        DepartmentPart before = part(m, followUpId, partId);
        return transition(before, before.accept(), "accepted");
    }

    private DepartmentPart transition(DepartmentPart before, DepartmentPart after, String action) {
        store.updatePart(after);
        events.publishEvent(StateChanged.of(before.municipalityId(), PART, before.id(), action)
                .field("status", before.status(), after.status())
                .field("returnComment", before.returnComment(), after.returnComment()).build());
        return part(before.municipalityId(), before.followUpId(), before.id());
    }

    /** The coordinator's summary and judgements; the period is judged only in its last year. */
    @Transactional
    public FollowUp writeSummary(long m, long id, long expectedVersion, String summary, Judgement overall, Judgement period) {
        FollowUp before = followUp(m, id);
        checkVersion(before.version(), expectedVersion, FOLLOW_UP, id);
        FollowUp after = before.writeSummary(summary, overall, period, lastYearOfPeriod(m, before), scale(m));
        store.updateFollowUp(after);
        events.publishEvent(StateChanged.of(m, FOLLOW_UP, id, "updated").field("summary", before.summary(), after.summary())
                .field("overallJudgement", before.overallJudgement(), after.overallJudgement())
                .field("periodJudgement", before.periodJudgement(), after.periodJudgement()).build());
        return followUp(m, id);
    }

    /**
     * Records the number of the case an approved follow-up became (called by the cases module when it
     * registers the case), so the report's title page carries it as the municipality's records do.
     */
    @Transactional
    public void recordCaseNumber(long m, long id, String caseNumber) {
        FollowUp f = followUp(m, id);
        if (f.status() != FollowUpStatus.APPROVED) {
            throw new RuleViolationException("followUpId", "followup.caseNumber.notApproved");
        }
        String before = store.caseNumber(m, id).orElse(null);
        store.recordCaseNumber(m, id, caseNumber);
        events.publishEvent(StateChanged.of(m, FOLLOW_UP, id, "case-number").field("caseNumber", before, caseNumber).build());
    }

    /** Approves and locks the follow-up; parts not accepted need an override reason, which is recorded. */
    @Transactional
    public FollowUp approveFollowUp(long m, long id, String overrideReason) {
        FollowUp before = followUp(m, id);
        List<PartStatus> states = store.parts(m, id).stream().map(DepartmentPart::status).toList();
        FollowUp after = before.approve(states, overrideReason, lastYearOfPeriod(m, before), scale(m));
        store.updateFollowUp(after);
        store.recordApprovalDate(m, id, clock.instant().atZone(FollowUpReports.STOCKHOLM).toLocalDate());
        events.publishEvent(StateChanged.of(m, FOLLOW_UP, id, "approved").field("status", before.status(), after.status())
                .field("overrideReason", before.overrideReason(), after.overrideReason()).build());
        events.publishEvent(new FollowUpApproved(m, id, after.documentId(), after.year(), after.supersedes()));
        return followUp(m, id);
    }

    /**
     * Publishes an approved follow-up's report on the public portal now, without waiting for the decision
     * (the report is a public document once approved and sent on; the coordinator decides when it is shown).
     * A superseded version cannot be published: its correction is the report that counts.
     */
    @Transactional
    public FollowUp publishReport(long m, long id, String username) {
        FollowUp f = followUp(m, id);
        if (f.status() != FollowUpStatus.APPROVED) {
            throw new RuleViolationException(null, "followup.publish.notApproved");
        }
        if (f.superseded()) {
            throw new RuleViolationException(null, "followup.publish.superseded");
        }
        if (store.publishedAt(m, id).isPresent()) {
            return f;
        }
        java.time.Instant now = clock.instant();
        store.insertPublication(m, id, now, username == null ? "system" : username);
        events.publishEvent(StateChanged.of(m, FOLLOW_UP, id, "published").field("publishedAt", null, now).build());
        return f;
    }

    /** Takes an explicitly published report off the portal (a decided report stays public by its decision). */
    @Transactional
    public FollowUp withdrawReportPublication(long m, long id) {
        FollowUp f = followUp(m, id);
        java.util.Optional<java.time.Instant> was = store.publishedAt(m, id);
        if (was.isPresent() && store.deletePublication(m, id)) {
            events.publishEvent(StateChanged.of(m, FOLLOW_UP, id, "unpublished").field("publishedAt", was.get(), null).build());
        }
        return f;
    }

    /** When the report was explicitly published, if it is. */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.Instant> reportPublishedAt(long m, long id) {
        followUp(m, id);
        return store.publishedAt(m, id);
    }

    /** Every explicitly published report of the municipality: follow-up id → time of publication. */
    @Transactional(readOnly = true)
    public Map<Long, java.time.Instant> publishedReports(long m) {
        return store.publications(m);
    }

    /** The case number recorded on an approved follow-up, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> caseNumberOf(long m, long id) {
        followUp(m, id);
        return store.caseNumber(m, id);
    }

    /** A correction of an approved follow-up: a new open version with the same content, pointing at the old one. */
    @Transactional
    public FollowUp correctFollowUp(long m, long id) {
        FollowUp before = followUp(m, id);
        FollowUp correction = before.correction();
        store.updateFollowUp(before.markSuperseded());
        long newId = store.insertFollowUp(correction);
        for (DepartmentPart p : store.parts(m, id)) {
            store.insertPart(p.reopenedCopy(newId));
        }
        events.publishEvent(StateChanged.of(m, FOLLOW_UP, id, "superseded").field("superseded", false, true).build());
        events.publishEvent(StateChanged.of(m, FOLLOW_UP, newId, "created").value("supersedes", id)
                .value("documentId", before.documentId()).value("year", before.year()).build());
        return followUp(m, newId);
    }

    private static void checkVersion(long actual, long expected, String type, long id) {
        if (actual != expected) {
            throw new StaleVersionException(type, id);
        }
    }

    private static <T> Map<Long, T> index(List<T> items, Function<T, Long> key, String field) {
        Map<Long, T> map = new LinkedHashMap<>();
        for (T t : items == null ? List.<T>of() : items) {
            if (t == null || map.put(key.apply(t), t) != null) {
                throw new RuleViolationException(field, "followup.part.duplicate");
            }
        }
        return map;
    }
}
