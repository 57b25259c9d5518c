package se.tryggve.est;

/** The periods EST pictures are compiled for: an ISO week, a calendar month, a tertial (four months). */
public enum PeriodKind {
    WEEK, MONTH, TERTIAL
}
