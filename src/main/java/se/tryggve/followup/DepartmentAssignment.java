package se.tryggve.followup;

import java.util.Map;
import java.util.Set;

/**
 * Which department reports on which goal and activity when a follow-up is opened. A goal or
 * activity without an entry keeps its owners or its responsible department.
 */
public record DepartmentAssignment(Map<Long, Set<Long>> goalDepartments, Map<Long, Long> activityDepartments) {

    public static final DepartmentAssignment OWNERS = new DepartmentAssignment(Map.of(), Map.of());

    public DepartmentAssignment {
        goalDepartments = goalDepartments == null ? Map.of() : goalDepartments;
        activityDepartments = activityDepartments == null ? Map.of() : activityDepartments;
    }
}
