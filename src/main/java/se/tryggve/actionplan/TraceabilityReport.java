package se.tryggve.actionplan;

import java.math.BigDecimal;
import java.util.List;

import se.tryggve.assessment.AssessmentRef;
import se.tryggve.assessment.CauseRef;
import se.tryggve.assessment.ProblemRef;
import se.tryggve.followup.Judgement;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.GoverningDocument;

/**
 * The traceability view of an action plan: each prioritised problem of its lägesbild → its causes → the
 * measures that address them → the indicators that follow the measures → the result (latest indicator
 * values and the yearly follow-up's report and judgements); and the warnings Brå's criticism calls for —
 * measures that address no problem, problems and causes that no measure addresses.
 *
 * @param basis null until the plan's lägesbild is chosen (then every measure is "without problem")
 */
public record TraceabilityReport(GoverningDocument plan, AssessmentRef basis, List<ProblemTrace> problems,
                                 List<MeasureTrace> measures, List<MeasureTrace> measuresWithoutProblem,
                                 List<ProblemRef> problemsWithoutMeasure, List<UnaddressedCause> causesWithoutMeasure) {

    /** A problem with the measures that address it as a whole and, per cause, those that address the cause. */
    public record ProblemTrace(ProblemRef problem, List<MeasureTrace> measures, List<CauseTrace> causes) {
    }

    public record CauseTrace(CauseRef cause, List<MeasureTrace> measures) {
    }

    /** A cause that no measure addresses, with the title of its problem. */
    public record UnaddressedCause(ProblemRef problem, CauseRef cause) {
    }

    /**
     * A measure (activity of the plan) with its indicators and result.
     *
     * @param result null: "ingen uppföljning ännu"
     */
    public record MeasureTrace(long activityId, String title, String department, ActivityStatus status, int startYear,
                               int endYear, List<Long> problemIds, List<Long> causeIds, List<IndicatorTrace> indicators,
                               MeasureResult result) {
    }

    /**
     * An indicator of a measure, linked directly or through one of the measure's goals ({@code viaGoal}), with its
     * latest recorded value (null: none yet) and the target of that year or, without a value, the last target.
     */
    public record IndicatorTrace(long indicatorId, String name, String unit, boolean viaGoal, Integer latestYear,
                                 BigDecimal latestValue, String missingReason, Integer targetYear, BigDecimal target) {

        /** The latest value written the Swedish way ("1 120", "64,5"); empty without one. */
        public String latestText() {
            return swedish(latestValue);
        }

        public String targetText() {
            return swedish(target);
        }

        static String swedish(BigDecimal v) {
            if (v == null) {
                return "";
            }
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(se.tryggve.shared.SwedishDates.SWEDISH);
            f.setMaximumFractionDigits(2);
            return f.format(v);
        }
    }

    /**
     * What the latest yearly follow-up of the plan that covers the measure says: the department's status and
     * account of the measure, and the judgements of the measure's goals.
     */
    public record MeasureResult(long followUpId, int year, boolean approved, ActivityStatus reportedStatus,
                                String whatWasDone, List<GoalJudgement> goals) {
    }

    /** A goal's judgement in a follow-up (null: not judged). */
    public record GoalJudgement(String goal, Judgement judgement) {
    }
}
