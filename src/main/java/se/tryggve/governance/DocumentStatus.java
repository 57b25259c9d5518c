package se.tryggve.governance;

/** Life cycle of a governing document: drafted, adopted by a decision, expired. */
public enum DocumentStatus {
    DRAFT, ADOPTED, EXPIRED
}
