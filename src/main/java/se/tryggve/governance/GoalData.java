package se.tryggve.governance;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record GoalData(
        @NotNull Long areaId,
        Long parentId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotEmpty(message = "{governance.goal.ownersRequired}") Set<Long> ownerDepartmentIds,
        Boolean example,
        Long version) {
}
