package se.tryggve.assessment;

/** DRAFT is editable; SENT_FOR_DECISION waits for the deciding body; the adopted one is replaced by a newer adopted version. */
public enum AssessmentStatus { DRAFT, SENT_FOR_DECISION, ADOPTED, SUPERSEDED }
