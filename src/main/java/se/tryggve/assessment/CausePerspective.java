package se.tryggve.assessment;

/** Brå's three perspectives on the causes of a problem: the place, the victim and the offender. */
public enum CausePerspective { PLACE, VICTIM, OFFENDER }
