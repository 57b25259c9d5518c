package se.tryggve.followup;

/** A department's part: OPEN → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED → SUBMITTED … */
public enum PartStatus {
    OPEN, SUBMITTED, RETURNED, ACCEPTED;

    /** The department may edit its part only before it is submitted, or after it was returned. */
    public boolean editable() {
        return this == OPEN || this == RETURNED;
    }
}
