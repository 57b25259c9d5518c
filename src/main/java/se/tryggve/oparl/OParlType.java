package se.tryggve.oparl;

/** The OParl 1.1 object types Tryggve serves; {@code type} of an object is {@link #PREFIX} + the name. */
final class OParlType {

    static final String PREFIX = "https://schema.oparl.org/1.1/";

    static final String SYSTEM = "System";
    static final String BODY = "Body";
    static final String LEGISLATIVE_TERM = "LegislativeTerm";
    static final String ORGANIZATION = "Organization";
    static final String PERSON = "Person";
    static final String MEMBERSHIP = "Membership";
    static final String MEETING = "Meeting";
    static final String AGENDA_ITEM = "AgendaItem";
    static final String PAPER = "Paper";
    static final String CONSULTATION = "Consultation";
    static final String FILE = "File";
    static final String LOCATION = "Location";

    private OParlType() {
    }
}
