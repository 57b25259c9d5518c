package se.tryggve.governance;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record ActivityData(
        @NotNull Long documentId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotEmpty(message = "{governance.activity.goalsRequired}") Set<Long> goalIds,
        @NotNull Long responsibleDepartmentId,
        @NotNull @Min(1900) @Max(2200) Integer startYear,
        @Min(1900) @Max(2200) Integer endYear,
        @NotNull ActivityStatus status,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal costEstimate,
        Boolean example,
        Long version) {
}
