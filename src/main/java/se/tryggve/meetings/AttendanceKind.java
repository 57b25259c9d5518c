package se.tryggve.meetings;

/** How someone attended a meeting. Only MEMBER and SERVING_SUBSTITUTE take part in decisions. */
public enum AttendanceKind {
    MEMBER,
    SERVING_SUBSTITUTE,
    SUBSTITUTE,
    OFFICIAL,
    OTHER;

    public boolean serving() {
        return this == MEMBER || this == SERVING_SUBSTITUTE;
    }
}
