package se.tryggve.governance;

/** What sort of governing document: a programme, a guideline (riktlinje) or a plan. */
public enum DocumentKind {
    PROGRAMME, GUIDELINE, PLAN
}
