package se.tryggve.governance;

/** Cross-cutting perspectives a document commits to. */
public enum Perspective {
    SOCIAL_SUSTAINABILITY, CHILD_RIGHTS, GENDER_EQUALITY, ENVIRONMENT, ACCESSIBILITY
}
