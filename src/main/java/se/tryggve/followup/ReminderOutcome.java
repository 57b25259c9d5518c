package se.tryggve.followup;

/**
 * What became of a reminder. SENDING is the claim written before the mail goes out (so a second
 * instance never sends it too); it stays only if the process stopped while sending.
 */
public enum ReminderOutcome {
    SENDING, SENT, NO_RECIPIENT, FAILED
}
