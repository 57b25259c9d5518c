package se.tryggve.meetings;

/** A member's vote in a roll-call vote (votering). */
public enum Choice {
    JA,
    NEJ,
    AVSTAR
}
