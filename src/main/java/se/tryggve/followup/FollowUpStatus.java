package se.tryggve.followup;

/** A follow-up is open while departments report and the coordinator reviews; approved locks it. */
public enum FollowUpStatus {
    OPEN, APPROVED
}
