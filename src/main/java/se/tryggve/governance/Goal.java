package se.tryggve.governance;

import java.util.List;

/** A goal in an area, optionally under a parent goal, owned by one or more departments. */
public record Goal(long id, long documentId, long areaId, Long parentId, String title, String description,
                   List<Long> ownerDepartmentIds, boolean example, long version) {

    public Goal {
        ownerDepartmentIds = List.copyOf(ownerDepartmentIds);
    }
}
