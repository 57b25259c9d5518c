package se.tryggve.incidents;

/** How an incident reached the municipality. */
public enum Channel {
    OPEN311, WEB_FORM, PHONE, STAFF, POLICE
}
