package se.tryggve.cases;

/** A case is open while it is prepared, decided once a body has decided it, closed when filed away. */
public enum CaseStatus {
    OPEN, DECIDED, CLOSED;

    /** Only forward: a decided case cannot become undecided, a closed one is filed (arkiverat). */
    boolean mayBecome(CaseStatus next) {
        return next.ordinal() == ordinal() + 1;
    }
}
