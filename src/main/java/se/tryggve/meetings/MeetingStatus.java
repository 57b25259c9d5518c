package se.tryggve.meetings;

/** Minutes are open until adjusted; adjusted minutes are never changed, only corrected by a new record. */
public enum MeetingStatus {
    OPEN,
    ADJUSTED
}
