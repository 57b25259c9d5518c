package se.tryggve.meetings;

import java.time.LocalDate;

/**
 * Published when a paragraph linked to a case becomes final: its minutes (or the paragraph alone, by
 * immediate adjustment) are adjusted — a decision takes effect only then (KL 5 kap. 69 §, 6 kap. 35 §).
 * Other modules (the lägesbild) learn from it that their case was decided, without reading meeting tables.
 */
public record ParagraphDecided(long municipalityId, long caseId, long bodyId, LocalDate meetingDate, String paragraphLabel,
                               DecisionType decisionType) {
}
