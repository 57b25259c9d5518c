package se.tryggve.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AreaData(@NotBlank @Size(max = 300) String title, @Size(max = 2000) String subGoal, Long version) {
}
