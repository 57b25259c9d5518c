package se.tryggve.assessment;

import java.time.LocalDate;

/** The header of one version of a lägesbild with its decision; {@code version} is the optimistic-lock version. */
public record AssessmentInfo(long id, String title, LocalDate periodFrom, LocalDate periodTo, int versionNumber,
                             AssessmentStatus status, Long previousId, Long caseId, String caseNumber,
                             LocalDate sentForDecisionOn, LocalDate adoptedOn, String decisionReference,
                             LocalDate revisionDueOn, long version) {

    public boolean editable() {
        return status == AssessmentStatus.DRAFT;
    }
}
