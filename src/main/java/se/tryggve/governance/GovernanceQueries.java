package se.tryggve.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.DepartmentDirectory.DepartmentRef;
import se.tryggve.shared.NotFoundException;

/** Read side of governance: lists, single objects and the programme overview read model. */
@Service
public class GovernanceQueries {

    private final GovernanceStore store;
    private final DepartmentDirectory departments;

    GovernanceQueries(GovernanceStore store, DepartmentDirectory departments) {
        this.store = store;
        this.departments = departments;
    }

    /** Filters of the activity list; null means any. */
    public record ActivityFilter(Long documentId, Long departmentId, ActivityStatus status, Long goalId) {
    }

    @Transactional(readOnly = true)
    public List<GoverningDocument> listDocuments(long m) {
        return store.documents(m);
    }

    @Transactional(readOnly = true)
    public boolean hasDocuments(long m) {
        return store.countDocuments(m) > 0;
    }

    @Transactional(readOnly = true)
    public GoverningDocument document(long m, long id) {
        return store.document(m, id).orElseThrow(() -> new NotFoundException(Governance.DOCUMENT, id));
    }

    @Transactional(readOnly = true)
    public List<Area> areas(long m, long documentId) {
        return store.areas(m, documentId);
    }

    @Transactional(readOnly = true)
    public Area area(long m, long id) {
        return store.area(m, id).orElseThrow(() -> new NotFoundException(Governance.AREA, id));
    }

    @Transactional(readOnly = true)
    public List<Goal> goals(long m, long documentId) {
        return store.goals(m, documentId);
    }

    @Transactional(readOnly = true)
    public Goal goal(long m, long id) {
        return store.goal(m, id).orElseThrow(() -> new NotFoundException(Governance.GOAL, id));
    }

    @Transactional(readOnly = true)
    public List<Indicator> indicators(long m, long documentId) {
        return store.indicators(m, documentId);
    }

    @Transactional(readOnly = true)
    public Indicator indicator(long m, long id) {
        return store.indicator(m, id).orElseThrow(() -> new NotFoundException(Governance.INDICATOR, id));
    }

    @Transactional(readOnly = true)
    public Activity activity(long m, long id) {
        return store.activity(m, id).orElseThrow(() -> new NotFoundException(Governance.ACTIVITY, id));
    }

    @Transactional(readOnly = true)
    public List<Activity> activities(long m, ActivityFilter f) {
        return store.activities(m, new GovernanceStore.ActivityQuery(f.documentId(), f.departmentId(), f.status(), f.goalId()));
    }

    /** Department names by id, for labels. */
    @Transactional(readOnly = true)
    public Map<Long, String> departmentNames(long m) {
        Map<Long, String> names = new HashMap<>();
        for (DepartmentRef d : departments.listDepartments(m)) {
            names.put(d.id(), d.name());
        }
        return names;
    }

    /**
     * The whole document in a constant number of queries (document, areas, goals, owners,
     * indicators, targets, activities, links, departments), assembled in memory.
     */
    @Transactional(readOnly = true)
    public ProgrammeOverview overview(long m, long documentId) {
        GoverningDocument doc = document(m, documentId);
        List<Area> areas = store.areas(m, documentId);
        List<Goal> goals = store.goals(m, documentId);
        List<Indicator> indicators = store.indicators(m, documentId);
        List<Activity> activities = store.activities(m, new GovernanceStore.ActivityQuery(documentId, null, null, null));
        Map<Long, String> names = departmentNames(m);

        Map<Long, List<ProgrammeOverview.ActivityRef>> byGoal = new HashMap<>();
        for (Activity a : activities) {
            var ref = new ProgrammeOverview.ActivityRef(a.id(), a.title(), a.status(), a.responsibleDepartmentId(),
                    names.getOrDefault(a.responsibleDepartmentId(), ""), a.startYear(), a.endYear(), a.example());
            for (Long g : a.goalIds()) {
                byGoal.computeIfAbsent(g, k -> new ArrayList<>()).add(ref);
            }
        }
        Map<Long, List<Goal>> children = new HashMap<>();
        Map<Long, List<Goal>> rootsByArea = new HashMap<>();
        Map<Long, String> goalTitles = new HashMap<>();
        for (Goal g : goals) {
            goalTitles.put(g.id(), g.title());
            if (g.parentId() == null) {
                rootsByArea.computeIfAbsent(g.areaId(), k -> new ArrayList<>()).add(g);
            } else {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
            }
        }
        List<ProgrammeOverview.AreaView> areaViews = new ArrayList<>();
        for (Area a : areas) {
            List<ProgrammeOverview.GoalRow> rows = new ArrayList<>();
            for (Goal root : rootsByArea.getOrDefault(a.id(), List.of())) {
                addRows(root, 0, children, byGoal, names, rows);
            }
            areaViews.add(new ProgrammeOverview.AreaView(a, rows));
        }
        List<ProgrammeOverview.IndicatorView> indicatorViews = indicators.stream()
                .map(i -> new ProgrammeOverview.IndicatorView(i, i.goalId() == null ? null : goalTitles.get(i.goalId())))
                .toList();
        return new ProgrammeOverview(doc, areaViews, indicatorViews, activities, goals.size());
    }

    private static void addRows(Goal g, int depth, Map<Long, List<Goal>> children,
                                Map<Long, List<ProgrammeOverview.ActivityRef>> byGoal, Map<Long, String> names,
                                List<ProgrammeOverview.GoalRow> rows) {
        List<String> owners = g.ownerDepartmentIds().stream().map(id -> names.getOrDefault(id, "?"))
                .sorted(Comparator.naturalOrder()).toList();
        rows.add(new ProgrammeOverview.GoalRow(g, depth, owners, byGoal.getOrDefault(g.id(), List.of())));
        for (Goal c : children.getOrDefault(g.id(), List.of())) {
            addRows(c, depth + 1, children, byGoal, names, rows);
        }
    }
}
