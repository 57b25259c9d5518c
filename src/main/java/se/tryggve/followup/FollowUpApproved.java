package se.tryggve.followup;

/** Published when a follow-up is approved (locked), for modules that react to finished follow-ups. */
public record FollowUpApproved(long municipalityId, long followUpId, long documentId, int year, Long supersedes) {
}
