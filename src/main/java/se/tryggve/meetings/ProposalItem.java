package se.tryggve.meetings;

import java.time.LocalDate;

/** A committee's proposal waiting to be picked into a paragraph of the target body's meeting. */
public record ProposalItem(long paragraphId, String label, String title, long fromBodyId, String fromBodyName,
                           LocalDate meetingDate, Long caseId, String proposedDecision) {
}
