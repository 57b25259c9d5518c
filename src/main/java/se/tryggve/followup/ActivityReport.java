package se.tryggve.followup;

import se.tryggve.governance.ActivityStatus;

/** A department's report on one of its activities for the year: its status and what was done. */
public record ActivityReport(long activityId, ActivityStatus status, String whatWasDone) {
}
