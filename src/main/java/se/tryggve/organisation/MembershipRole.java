package se.tryggve.organisation;

/** A member's role in a body. A body has at most one chair and one vice chair at a time. */
public enum MembershipRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    SUBSTITUTE
}
