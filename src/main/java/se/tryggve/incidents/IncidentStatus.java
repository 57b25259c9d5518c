package se.tryggve.incidents;

/**
 * The lifecycle of an incident: reported → assigned → removed, or not our property / duplicate /
 * closed. Open311 knows only {@code open} and {@code closed}; {@link #isClosed()} maps onto it.
 */
public enum IncidentStatus {
    REPORTED, ASSIGNED, REMOVED, NOT_OUR_PROPERTY, DUPLICATE, CLOSED;

    /** Closed in the Open311 sense: nothing more will be done. */
    public boolean isClosed() {
        return this != REPORTED && this != ASSIGNED;
    }
}
