package se.tryggve.followup;

import java.time.Instant;

/** A logged reminder of one department's part. {@code error} is a short reason when it failed, never a secret. */
public record Reminder(long id, long municipalityId, long followUpId, long partId, ReminderKind kind, Instant sentAt,
                       String recipients, ReminderOutcome outcome, String error) {
}
