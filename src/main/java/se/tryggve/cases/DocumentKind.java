package se.tryggve.cases;

/** Kinds of documents in a case; annexes belong to an official report (tjänsteutlåtande). */
public enum DocumentKind {
    OFFICIAL_REPORT, ANNEX, MOTION, STATEMENT, DECISION, OTHER
}
