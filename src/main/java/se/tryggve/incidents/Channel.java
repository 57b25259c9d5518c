package se.tryggve.incidents;

/** How an incident reached the municipality; PARTNER: a partner organisation's report in the EST work (issue 6). */
public enum Channel {
    OPEN311, WEB_FORM, PHONE, STAFF, POLICE, PARTNER
}
