package se.tryggve.followup;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The opening form with the choice of reporting departments: per goal the departments (check
 * boxes, with a field marker so that "none chosen" arrives as an empty list, not as "keep the
 * owners"), per activity one department.
 */
class AssignmentForm extends Forms.OpenForm {

    private Map<Long, List<Long>> goalDepartments = new LinkedHashMap<>();
    private Map<Long, Long> activityDepartments = new LinkedHashMap<>();

    public Map<Long, List<Long>> getGoalDepartments() { return goalDepartments; }
    public void setGoalDepartments(Map<Long, List<Long>> goalDepartments) { this.goalDepartments = goalDepartments; }
    public Map<Long, Long> getActivityDepartments() { return activityDepartments; }
    public void setActivityDepartments(Map<Long, Long> activityDepartments) { this.activityDepartments = activityDepartments; }

    public boolean chosen(long goalId, long departmentId) {
        List<Long> deps = goalDepartments.get(goalId);
        return deps != null && deps.contains(departmentId);
    }

    DepartmentAssignment assignment() {
        Map<Long, Set<Long>> goals = new LinkedHashMap<>();
        goalDepartments.forEach((g, deps) -> goals.put(g, deps == null ? Set.of() : new LinkedHashSet<>(deps)));
        return new DepartmentAssignment(goals, new LinkedHashMap<>(activityDepartments));
    }
}
