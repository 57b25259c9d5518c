package se.tryggve.meetings;

/** What the body did with the matter of a paragraph. */
public enum DecisionType {
    DECISION,
    /** A proposal to another body (a committee's förslag), which becomes an item there. */
    PROPOSAL,
    NOTED,
    DEFERRED,
    /** Sent back (återremiss) with instructions, KL 5 kap. 51 §. */
    REFERRED_BACK,
    PARTLY_DECIDED
}
