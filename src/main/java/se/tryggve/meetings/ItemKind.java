package se.tryggve.meetings;

/** The listed parts of a paragraph. */
public enum ItemKind {
    /** A point of the decision text. */
    POINT(false),
    /** A document the body had before it (beslutsunderlag). */
    DOCUMENT(false),
    /** Someone who spoke, in order: a member (party from the register) or an official (title). */
    SPEAKER(true),
    /** Who moved what (yrkande), optionally with a written annex. */
    MOTION(true),
    /** A reservation against the decision, KL 4 kap. 27 §. */
    RESERVATION(true),
    /** A protocol note (protokollsanteckning), with annex references. */
    NOTE(true),
    /** A member who did not take part because of a conflict of interest (jäv), KL 6 kap. 28 §. */
    CONFLICT(true),
    /** A serving member who did not take part in the decision. */
    NOT_PARTICIPATING(true),
    /** An annex of the paragraph, e.g. "Bilaga 1". */
    ANNEX(false);

    private final boolean person;

    ItemKind(boolean person) {
        this.person = person;
    }

    /** Whether the item names a person who must be present at the meeting. */
    public boolean namesPerson() {
        return person;
    }
}
