package se.tryggve.followup;

/** A reminder before the deadline, or one when the deadline has passed; each at most once per part. */
public enum ReminderKind {
    BEFORE_DEADLINE, OVERDUE
}
