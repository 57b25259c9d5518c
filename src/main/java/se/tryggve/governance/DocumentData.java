package se.tryggve.governance;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user writes about a governing document (create and update; the API's request body). */
public record DocumentData(
        @NotNull DocumentKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 4000) String overarchingGoal,
        Set<Perspective> perspectives,
        Long version) {
}
