package se.tryggve.assessment;

/** A cause of a prioritised problem, for other modules (the action plan links measures to it). */
public record CauseRef(long id, long problemId, CausePerspective perspective, String text) {
}
