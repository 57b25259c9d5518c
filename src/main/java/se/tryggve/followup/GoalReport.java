package se.tryggve.followup;

/** A department's report on one goal for the year: the work that contributed to it and a judgement. */
public record GoalReport(long goalId, String work, Judgement judgement) {
}
