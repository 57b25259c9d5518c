package se.tryggve.governance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The decision that adopted a document. The body is kept as its name: the organisation module's
 * bodies are not part of its public API for other modules, and old decisions may name bodies that
 * were never registered. Paragraph ("§ 123") and case number ("KS-2016/1151.149") are optional.
 */
public record AdoptingDecision(
        @NotBlank(message = "{governance.decision.bodyRequired}") @Size(max = 200) String body,
        @NotNull(message = "{governance.decision.dateRequired}") LocalDate date,
        @Size(max = 40) String paragraph,
        @Size(max = 60) String caseNumber) {

    public AdoptingDecision {
        body = Texts.clean(body);
        paragraph = Texts.clean(paragraph);
        caseNumber = Texts.clean(caseNumber);
    }
}
