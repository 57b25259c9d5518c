package se.tryggve.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The texts of a paragraph; the listed parts (points, speakers, ...) are added one by one. */
public record ParagraphInput(
        @NotBlank(message = "{meetings.paragraph.title.required}") @Size(max = 500) String title,
        Long caseId,
        @NotNull(message = "{meetings.paragraph.decisionType.required}") DecisionType decisionType,
        Long targetBodyId,
        String proposedDecision,
        String instructions,
        String summary,
        String chairOrder,
        String sentTo,
        Boolean immediateAdjustment,
        Long version) {

    public boolean isImmediateAdjustment() {
        return Boolean.TRUE.equals(immediateAdjustment);
    }
}
