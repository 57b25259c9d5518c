package se.tryggve.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * The governance use cases. Each checks the rules, saves, and publishes a {@link StateChanged}
 * with the changed fields (before → after) in the same transaction, so every change is audited.
 * Every id is looked up within the caller's municipality: a foreign id is "not found".
 */
@Service
public class Governance {

    static final String DOCUMENT = "GoverningDocument";
    static final String AREA = "Area";
    static final String GOAL = "Goal";
    static final String INDICATOR = "Indicator";
    static final String ACTIVITY = "Activity";

    private final GovernanceStore store;
    private final DepartmentDirectory departments;
    private final ApplicationEventPublisher events;

    Governance(GovernanceStore store, DepartmentDirectory departments, ApplicationEventPublisher events) {
        this.store = store;
        this.departments = departments;
        this.events = events;
    }

    // ---------------------------------------------------------------- documents

    @Transactional
    public GoverningDocument createDocument(long m, DocumentData data) {
        GoverningDocument d = new GoverningDocument(0, m, required("kind", data.kind()),
                Texts.required("title", data.title(), 300), new Period(data.validFrom(), data.validTo()),
                DocumentStatus.DRAFT, null, Texts.optional("overarchingGoal", data.overarchingGoal(), 4000),
                perspectives(data.perspectives()), null, 0);
        long id = store.insertDocument(d);
        events.publishEvent(StateChanged.of(m, DOCUMENT, id, "created").value("kind", d.kind()).value("title", d.title())
                .value("validFrom", d.period().from()).value("validTo", d.period().to()).value("status", d.status())
                .value("overarchingGoal", d.overarchingGoal()).value("perspectives", new TreeSet<>(d.perspectives()))
                .build());
        return document(m, id);
    }

    @Transactional
    public GoverningDocument updateDocument(long m, long id, long expectedVersion, DocumentData data) {
        GoverningDocument before = document(m, id);
        checkVersion(DOCUMENT, id, before.version(), expectedVersion);
        GoverningDocument after = before.edit(required("kind", data.kind()), Texts.required("title", data.title(), 300),
                new Period(data.validFrom(), data.validTo()), Texts.optional("overarchingGoal", data.overarchingGoal(), 4000),
                perspectives(data.perspectives()));
        store.updateDocument(after);
        publish(StateChanged.of(m, DOCUMENT, id, before.adopted() ? "updatedAfterAdoption" : "updated")
                .field("kind", before.kind(), after.kind()).field("title", before.title(), after.title())
                .field("validFrom", before.period().from(), after.period().from())
                .field("validTo", before.period().to(), after.period().to())
                .field("overarchingGoal", before.overarchingGoal(), after.overarchingGoal())
                .field("perspectives", new TreeSet<>(before.perspectives()), new TreeSet<>(after.perspectives())));
        return document(m, id);
    }

    /** Adopts a draft; the decision (body and date) is required: an adopted document always says who adopted it. */
    @Transactional
    public GoverningDocument adoptDocument(long m, long id, AdoptingDecision decision) {
        GoverningDocument before = document(m, id);
        AdoptingDecision clean = decision == null ? null : new AdoptingDecision(
                Texts.optional("body", decision.body(), 200), decision.date(),
                Texts.optional("paragraph", decision.paragraph(), 40), Texts.optional("caseNumber", decision.caseNumber(), 60));
        GoverningDocument after = before.adopt(clean);
        store.updateDocument(after);
        events.publishEvent(StateChanged.of(m, DOCUMENT, id, "adopted").field("status", before.status(), after.status())
                .field("decisionBody", null, clean.body()).field("decisionDate", null, clean.date())
                .field("decisionParagraph", null, clean.paragraph()).field("decisionCaseNumber", null, clean.caseNumber())
                .build());
        return document(m, id);
    }

    @Transactional
    public GoverningDocument expireDocument(long m, long id) {
        GoverningDocument before = document(m, id);
        GoverningDocument after = before.expire();
        store.updateDocument(after);
        events.publishEvent(StateChanged.of(m, DOCUMENT, id, "expired").field("status", before.status(), after.status()).build());
        return document(m, id);
    }

    // ---------------------------------------------------------------- areas

    @Transactional
    public Area addArea(long m, long documentId, AreaData data) {
        GoverningDocument doc = editable(m, documentId);
        String title = Texts.required("title", data.title(), 300);
        String subGoal = Texts.optional("subGoal", data.subGoal(), 2000);
        List<Long> order = store.areas(m, documentId).stream().map(Area::id).toList();
        long id = store.insertArea(m, documentId, AreaOrder.next(order), title, subGoal);
        events.publishEvent(StateChanged.of(m, AREA, id, structureAction(doc, "created"))
                .value("documentId", documentId).value("ordinal", AreaOrder.next(order)).value("title", title)
                .value("subGoal", subGoal).build());
        return area(m, id);
    }

    @Transactional
    public Area updateArea(long m, long areaId, long expectedVersion, AreaData data) {
        Area before = area(m, areaId);
        GoverningDocument doc = editable(m, before.documentId());
        checkVersion(AREA, areaId, before.version(), expectedVersion);
        Area after = new Area(areaId, before.documentId(), before.ordinal(), Texts.required("title", data.title(), 300),
                Texts.optional("subGoal", data.subGoal(), 2000), before.version());
        store.updateArea(m, after);
        publish(StateChanged.of(m, AREA, areaId, structureAction(doc, "updated"))
                .field("title", before.title(), after.title()).field("subGoal", before.subGoal(), after.subGoal()));
        return area(m, areaId);
    }

    @Transactional
    public List<Area> moveAreaUp(long m, long areaId) {
        return move(m, areaId, true);
    }

    @Transactional
    public List<Area> moveAreaDown(long m, long areaId) {
        return move(m, areaId, false);
    }

    private List<Area> move(long m, long areaId, boolean up) {
        Area area = area(m, areaId);
        GoverningDocument doc = editable(m, area.documentId());
        List<Long> order = store.areas(m, area.documentId()).stream().map(Area::id).toList();
        List<Long> moved = up ? AreaOrder.moveUp(order, areaId) : AreaOrder.moveDown(order, areaId);
        store.renumberAreas(m, moved);
        publish(StateChanged.of(m, AREA, areaId, structureAction(doc, "moved"))
                .field("ordinal", area.ordinal(), moved.indexOf(areaId) + 1));
        return store.areas(m, area.documentId());
    }

    /** Removes an area without goals and closes the gap in the numbering. */
    @Transactional
    public void removeArea(long m, long areaId) {
        Area area = area(m, areaId);
        GoverningDocument doc = editable(m, area.documentId());
        if (store.countGoalsInArea(m, areaId) > 0) {
            throw new RuleViolationException(null, "governance.area.hasGoals");
        }
        List<Long> order = store.areas(m, area.documentId()).stream().map(Area::id).toList();
        store.deleteArea(m, areaId);
        store.renumberAreas(m, AreaOrder.remove(order, areaId));
        events.publishEvent(StateChanged.of(m, AREA, areaId, structureAction(doc, "deleted"))
                .field("title", area.title(), null).field("ordinal", area.ordinal(), null).build());
    }

    // ---------------------------------------------------------------- goals

    @Transactional
    public Goal addGoal(long m, long documentId, GoalData data) {
        GoverningDocument doc = editable(m, documentId);
        Goal g = checkedGoal(m, doc, 0, data, 0);
        long id = store.insertGoal(m, documentId, g.areaId(), g.parentId(), g.title(), g.description(), g.example(),
                g.ownerDepartmentIds());
        events.publishEvent(StateChanged.of(m, GOAL, id, structureAction(doc, "created")).value("documentId", documentId)
                .value("areaId", g.areaId()).value("parentId", g.parentId()).value("title", g.title())
                .value("description", g.description()).value("owners", g.ownerDepartmentIds()).value("example", g.example())
                .build());
        return goal(m, id);
    }

    @Transactional
    public Goal updateGoal(long m, long goalId, long expectedVersion, GoalData data) {
        Goal before = goal(m, goalId);
        GoverningDocument doc = editable(m, before.documentId());
        checkVersion(GOAL, goalId, before.version(), expectedVersion);
        Goal after = checkedGoal(m, doc, goalId, data, before.version());
        store.updateGoal(m, after);
        publish(StateChanged.of(m, GOAL, goalId, structureAction(doc, "updated"))
                .field("areaId", before.areaId(), after.areaId()).field("parentId", before.parentId(), after.parentId())
                .field("title", before.title(), after.title()).field("description", before.description(), after.description())
                .field("owners", before.ownerDepartmentIds(), after.ownerDepartmentIds())
                .field("example", before.example(), after.example()));
        return goal(m, goalId);
    }

    private Goal checkedGoal(long m, GoverningDocument doc, long goalId, GoalData data, long version) {
        if (data.areaId() == null) {
            throw new RuleViolationException("areaId", "jakarta.validation.constraints.NotNull.message");
        }
        Area area = store.area(m, data.areaId()).filter(a -> a.documentId() == doc.id())
                .orElseThrow(() -> new RuleViolationException("areaId", "governance.goal.areaNotInDocument"));
        String title = Texts.required("title", data.title(), 300);
        String description = Texts.optional("description", data.description(), 4000);
        if (data.parentId() != null) {
            Goal parent = store.goal(m, data.parentId()).filter(p -> p.documentId() == doc.id() && p.areaId() == area.id())
                    .orElseThrow(() -> new RuleViolationException("parentId", "governance.goal.parentNotInArea"));
            if (goalId != 0 && createsCycle(m, doc.id(), goalId, parent.id())) {
                throw new RuleViolationException("parentId", "governance.goal.parentCycle");
            }
        }
        List<Long> owners = checkedDepartments(m, data.ownerDepartmentIds(), "ownerDepartmentIds");
        if (owners.isEmpty()) {
            throw new RuleViolationException("ownerDepartmentIds", "governance.goal.ownersRequired");
        }
        return new Goal(goalId, doc.id(), area.id(), data.parentId(), title, description, owners, Boolean.TRUE.equals(data.example()), version);
    }

    private boolean createsCycle(long m, long documentId, long goalId, long newParentId) {
        Map<Long, Long> parents = new HashMap<>();
        store.goals(m, documentId).forEach(g -> parents.put(g.id(), g.parentId()));
        Long cursor = newParentId;
        while (cursor != null) {
            if (cursor == goalId) {
                return true;
            }
            cursor = parents.get(cursor);
        }
        return false;
    }

    // ---------------------------------------------------------------- indicators

    @Transactional
    public Indicator addIndicator(long m, long documentId, IndicatorData data) {
        GoverningDocument doc = editable(m, documentId);
        Indicator i = checkedIndicator(m, doc, 0, data, 0);
        long id = store.insertIndicator(m, documentId, i);
        events.publishEvent(StateChanged.of(m, INDICATOR, id, structureAction(doc, "created")).value("documentId", documentId)
                .value("goalId", i.goalId()).value("name", i.name()).value("unit", i.unit()).value("direction", i.direction())
                .value("source", i.source()).value("koladaKpi", i.koladaKpi()).value("baselineYear", i.baselineYear())
                .value("baselineValue", plain(i.baselineValue())).value("targets", plain(i.targets())).build());
        return indicator(m, id);
    }

    @Transactional
    public Indicator updateIndicator(long m, long indicatorId, long expectedVersion, IndicatorData data) {
        Indicator before = indicator(m, indicatorId);
        GoverningDocument doc = editable(m, before.documentId());
        checkVersion(INDICATOR, indicatorId, before.version(), expectedVersion);
        Indicator after = checkedIndicator(m, doc, indicatorId, data, before.version());
        store.updateIndicator(m, after);
        publish(StateChanged.of(m, INDICATOR, indicatorId, structureAction(doc, "updated"))
                .field("goalId", before.goalId(), after.goalId()).field("name", before.name(), after.name())
                .field("unit", before.unit(), after.unit()).field("direction", before.direction(), after.direction())
                .field("source", before.source(), after.source()).field("koladaKpi", before.koladaKpi(), after.koladaKpi())
                .field("baselineYear", before.baselineYear(), after.baselineYear())
                .field("baselineValue", plain(before.baselineValue()), plain(after.baselineValue()))
                .field("targets", plain(before.targets()), plain(after.targets())));
        return indicator(m, indicatorId);
    }

    private Indicator checkedIndicator(long m, GoverningDocument doc, long id, IndicatorData data, long version) {
        String name = Texts.required("name", data.name(), 300);
        String unit = Texts.required("unit", data.unit(), 40);
        Direction direction = required("direction", data.direction());
        IndicatorSource source = required("source", data.source());
        String kpi = Indicator.checkKolada(source, data.koladaKpi());
        if (data.goalId() != null && store.goal(m, data.goalId()).filter(g -> g.documentId() == doc.id()).isEmpty()) {
            throw new RuleViolationException("goalId", "governance.indicator.goalNotInDocument");
        }
        if (data.baselineYear() != null && (data.baselineYear() < 1900 || data.baselineYear() > 2200)) {
            throw new RuleViolationException("baselineYear", "governance.activity.yearInvalid");
        }
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        if (data.targets() != null) {
            data.targets().forEach((year, value) -> {
                if (year == null || year < 1900 || year > 2200 || value == null) {
                    throw new RuleViolationException("targets", "governance.indicator.targetInvalid");
                }
                targets.put(year, value);
            });
        }
        return new Indicator(id, doc.id(), data.goalId(), name, unit, direction, source, kpi, data.baselineYear(),
                data.baselineValue(), targets, version);
    }

    // ---------------------------------------------------------------- activities

    @Transactional
    public Activity createActivity(long m, ActivityData data) {
        if (data.documentId() == null) {
            throw new RuleViolationException("documentId", "jakarta.validation.constraints.NotNull.message");
        }
        GoverningDocument doc = editable(m, data.documentId());
        ActivityStatus status = data.status() == null ? ActivityStatus.PLANNED : data.status();
        Activity a = checkedActivity(m, doc, 0, data, status, 0);
        long id = store.insertActivity(m, a);
        events.publishEvent(StateChanged.of(m, ACTIVITY, id, "created").value("documentId", doc.id())
                .value("title", a.title()).value("description", a.description()).value("goals", a.goalIds())
                .value("responsibleDepartmentId", a.responsibleDepartmentId()).value("startYear", a.startYear())
                .value("endYear", a.endYear()).value("status", a.status()).value("costEstimate", plain(a.costEstimate()))
                .value("example", a.example()).build());
        return activity(m, id);
    }

    @Transactional
    public Activity updateActivity(long m, long activityId, long expectedVersion, ActivityData data) {
        Activity before = activity(m, activityId);
        if (data.documentId() != null && data.documentId() != before.documentId()) {
            throw new RuleViolationException("documentId", "governance.activity.documentFixed");
        }
        GoverningDocument doc = editable(m, before.documentId());
        checkVersion(ACTIVITY, activityId, before.version(), expectedVersion);
        ActivityStatus status = data.status() == null ? before.status() : data.status();
        Activity.checkTransition(before.status(), status);
        Activity after = checkedActivity(m, doc, activityId, data, status, before.version());
        store.updateActivity(m, after);
        publish(StateChanged.of(m, ACTIVITY, activityId, "updated").field("title", before.title(), after.title())
                .field("description", before.description(), after.description())
                .field("goals", before.goalIds(), after.goalIds())
                .field("responsibleDepartmentId", before.responsibleDepartmentId(), after.responsibleDepartmentId())
                .field("startYear", before.startYear(), after.startYear()).field("endYear", before.endYear(), after.endYear())
                .field("status", before.status(), after.status())
                .field("costEstimate", plain(before.costEstimate()), plain(after.costEstimate()))
                .field("example", before.example(), after.example()));
        return activity(m, activityId);
    }

    private Activity checkedActivity(long m, GoverningDocument doc, long id, ActivityData data, ActivityStatus status,
                                     long version) {
        String title = Texts.required("title", data.title(), 300);
        String description = Texts.optional("description", data.description(), 4000);
        Activity.checkYears(data.startYear(), data.endYear());
        int endYear = data.endYear() == null ? data.startYear() : data.endYear();
        if (data.costEstimate() != null && data.costEstimate().signum() < 0) {
            throw new RuleViolationException("costEstimate", "jakarta.validation.constraints.PositiveOrZero.message");
        }
        if (data.responsibleDepartmentId() == null) {
            throw new RuleViolationException("responsibleDepartmentId", "jakarta.validation.constraints.NotNull.message");
        }
        checkedDepartments(m, List.of(data.responsibleDepartmentId()), "responsibleDepartmentId");
        if (data.goalIds() == null || data.goalIds().isEmpty()) {
            throw new RuleViolationException("goalIds", "governance.activity.goalsRequired");
        }
        Set<Long> documentGoals = new java.util.HashSet<>();
        store.goals(m, doc.id()).forEach(g -> documentGoals.add(g.id()));
        for (Long g : data.goalIds()) {
            if (g == null || !documentGoals.contains(g)) {
                throw new RuleViolationException("goalIds", "governance.activity.goalNotInDocument");
            }
        }
        return new Activity(id, doc.id(), title, description, new ArrayList<>(new TreeSet<>(data.goalIds())),
                data.responsibleDepartmentId(), data.startYear(), endYear, status, data.costEstimate(), Boolean.TRUE.equals(data.example()), version);
    }

    // ---------------------------------------------------------------- copy

    /**
     * Starts the next programme period from the current one: a new draft with the same areas, goals
     * (hierarchy and owners), indicators (targets only for years in the new period) and the
     * unfinished activities, linked to the copied goals.
     */
    @Transactional
    public GoverningDocument copyProgrammeToNewPeriod(long m, long documentId, LocalDate newFrom, LocalDate newTo,
                                                      String newTitle) {
        GoverningDocument old = document(m, documentId);
        String title = Texts.required("title", newTitle, 300);
        Period period = CopyRules.newPeriod(old.period(), newFrom, newTo);
        GoverningDocument copy = new GoverningDocument(0, m, old.kind(), title, period, DocumentStatus.DRAFT, null,
                old.overarchingGoal(), old.perspectives(), old.id(), 0);
        long newId = store.insertDocument(copy);

        Map<Long, Long> areaIds = new HashMap<>();
        for (Area a : store.areas(m, documentId)) {
            areaIds.put(a.id(), store.insertArea(m, newId, a.ordinal(), a.title(), a.subGoal()));
        }
        Map<Long, Long> goalIds = new HashMap<>();
        List<Goal> pending = new ArrayList<>(store.goals(m, documentId));
        // Parents before children, whatever order the ids are in.
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Goal g = it.next();
                if (g.parentId() == null || goalIds.containsKey(g.parentId())) {
                    Long parent = g.parentId() == null ? null : goalIds.get(g.parentId());
                    goalIds.put(g.id(), store.insertGoal(m, newId, areaIds.get(g.areaId()), parent, g.title(),
                            g.description(), g.example(), g.ownerDepartmentIds()));
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("goal hierarchy of document " + documentId + " has a cycle");
            }
        }
        int indicators = 0;
        for (Indicator i : store.indicators(m, documentId)) {
            store.insertIndicator(m, newId, new Indicator(0, newId, i.goalId() == null ? null : goalIds.get(i.goalId()),
                    i.name(), i.unit(), i.direction(), i.source(), i.koladaKpi(), i.baselineYear(), i.baselineValue(),
                    CopyRules.targetsWithin(i.targets(), period), 0));
            indicators++;
        }
        int activities = 0;
        for (Activity a : store.activities(m, new GovernanceStore.ActivityQuery(documentId, null, null, null))) {
            if (!CopyRules.carriesOver(a.status())) {
                continue;
            }
            List<Long> linked = a.goalIds().stream().map(goalIds::get).toList();
            store.insertActivity(m, new Activity(0, newId, a.title(), a.description(), linked, a.responsibleDepartmentId(),
                    a.startYear(), a.endYear(), a.status(), a.costEstimate(), a.example(), 0));
            activities++;
        }
        events.publishEvent(StateChanged.of(m, DOCUMENT, newId, "copied").value("copiedFrom", documentId)
                .value("title", title).value("validFrom", period.from()).value("validTo", period.to())
                .value("status", DocumentStatus.DRAFT).value("areas", areaIds.size()).value("goals", goalIds.size())
                .value("indicators", indicators).value("activities", activities).build());
        return document(m, newId);
    }

    // ---------------------------------------------------------------- helpers

    private GoverningDocument document(long m, long id) {
        return store.document(m, id).orElseThrow(() -> new NotFoundException(DOCUMENT, id));
    }

    private GoverningDocument editable(long m, long id) {
        GoverningDocument doc = document(m, id);
        doc.checkEditable();
        return doc;
    }

    private Area area(long m, long id) {
        return store.area(m, id).orElseThrow(() -> new NotFoundException(AREA, id));
    }

    private Goal goal(long m, long id) {
        return store.goal(m, id).orElseThrow(() -> new NotFoundException(GOAL, id));
    }

    private Indicator indicator(long m, long id) {
        return store.indicator(m, id).orElseThrow(() -> new NotFoundException(INDICATOR, id));
    }

    private Activity activity(long m, long id) {
        return store.activity(m, id).orElseThrow(() -> new NotFoundException(ACTIVITY, id));
    }

    /** Structure changes of an adopted document are allowed, and marked as such in the audit log. */
    private static String structureAction(GoverningDocument doc, String action) {
        return doc.adopted() ? action + "AfterAdoption" : action;
    }

    private static void checkVersion(String type, long id, long stored, long expected) {
        if (stored != expected) {
            throw new StaleVersionException(type, id);
        }
    }

    private void publish(StateChanged.Builder change) {
        if (change.hasChanges()) {
            events.publishEvent(change.build());
        }
    }

    private List<Long> checkedDepartments(long m, Collection<Long> ids, String field) {
        Set<Long> unique = new LinkedHashSet<>();
        if (ids != null) {
            for (Long id : ids) {
                if (id == null || departments.findDepartment(m, id).isEmpty()) {
                    throw new RuleViolationException(field, "governance.department.unknown");
                }
                unique.add(id);
            }
        }
        return new ArrayList<>(new TreeSet<>(unique));
    }

    private static Set<Perspective> perspectives(Set<Perspective> p) {
        return p == null || p.isEmpty() ? Set.of() : EnumSet.copyOf(p);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolationException(field, "jakarta.validation.constraints.NotNull.message");
        }
        return value;
    }

    /** Targets as year → plain number, so 70 and 70.00 from the database do not count as a change. */
    private static Map<Integer, String> plain(Map<Integer, BigDecimal> targets) {
        Map<Integer, String> result = new TreeMap<>();
        targets.forEach((year, value) -> result.put(year, plain(value)));
        return result;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
