package se.tryggve.meetings;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A roll-call vote: the proposition put, what Ja and Nej mean (Ja may well mean rejection) and each
 * serving member's vote. The counts are computed from the ballots, never entered.
 */
public record VoteInput(
        @NotBlank(message = "{meetings.vote.proposition.required}") String proposition,
        @NotBlank(message = "{meetings.vote.jaMeans.required}") String jaMeans,
        @NotBlank(message = "{meetings.vote.nejMeans.required}") String nejMeans,
        @NotNull @Valid List<Ballot> ballots) {

    public record Ballot(@NotNull Long personId, @NotNull Choice choice) {
    }
}
