package se.tryggve.governance;

import java.math.BigDecimal;
import java.util.List;

import se.tryggve.shared.RuleViolationException;

/** An activity carrying out one or more goals of a document, run by one responsible department. */
public record Activity(long id, long documentId, String title, String description, List<Long> goalIds,
                       long responsibleDepartmentId, int startYear, int endYear, ActivityStatus status,
                       BigDecimal costEstimate, boolean example, long version) {

    public Activity {
        goalIds = List.copyOf(goalIds);
    }

    /** Guards the status: e.g. a cancelled activity cannot be reported done without first being revived. */
    static void checkTransition(ActivityStatus from, ActivityStatus to) {
        if (!from.mayBecome(to)) {
            throw new RuleViolationException("status", "governance.activity.illegalTransition", from.name(), to.name());
        }
    }

    static void checkYears(Integer startYear, Integer endYear) {
        if (startYear == null) {
            throw new RuleViolationException("startYear", "jakarta.validation.constraints.NotNull.message");
        }
        if (startYear < 1900 || startYear > 2200) {
            throw new RuleViolationException("startYear", "governance.activity.yearInvalid");
        }
        if (endYear != null && endYear < startYear) {
            throw new RuleViolationException("endYear", "shared.period.endsBeforeStart");
        }
        if (endYear != null && endYear > 2200) {
            throw new RuleViolationException("endYear", "governance.activity.yearInvalid");
        }
    }
}
