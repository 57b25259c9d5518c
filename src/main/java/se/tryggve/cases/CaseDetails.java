package se.tryggve.cases;

import java.util.List;

/** A case with its documents (annexes right after their report) and its history, oldest step first. */
public record CaseDetails(CaseInfo caseInfo, List<CaseDocument> documents, List<CaseEvent> history) {
}
