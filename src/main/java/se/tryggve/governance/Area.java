package se.tryggve.governance;

/** An area of a document (insatsområde) with its sub-goal (delmål), numbered 1..n. */
public record Area(long id, long documentId, int ordinal, String title, String subGoal, long version) {
}
