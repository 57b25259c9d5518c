package se.tryggve.meetings;

/**
 * A change of attendance from a paragraph on. Within one paragraph the changes apply in this order,
 * so that a member's leaving comes before the substitute who starts serving for them, and a
 * substitute stops before the member returns.
 */
public enum AttendanceChangeKind {
    /** A serving member (or serving substitute) leaves the meeting. */
    LEAVES,
    /** A substitute stops serving for a member. */
    SUBSTITUTE_STOPS,
    /** A member arrives (late, or returns) and serves. */
    ARRIVES,
    /** A substitute starts serving for a member who is not serving. */
    SUBSTITUTE_STARTS;

    boolean substitute() {
        return this == SUBSTITUTE_STARTS || this == SUBSTITUTE_STOPS;
    }
}
