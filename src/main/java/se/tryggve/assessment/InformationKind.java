package se.tryggve.assessment;

/** Kinds of "annan relevant information" (lag 2023:196 4 § 2): surveys, dialogues, safety walks, planned building. */
public enum InformationKind { SURVEY, DIALOGUE, SAFETY_WALK, PLANNED_BUILDING, OTHER }
