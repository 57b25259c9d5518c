package se.tryggve.followup;

import java.time.Instant;
import java.util.List;

import se.tryggve.shared.RuleViolationException;

/**
 * One department's part of a follow-up. Guards its own state: edits only while open or returned;
 * submit from open or returned; return (with a comment) and accept only a submitted part.
 */
public record DepartmentPart(long id, long municipalityId, long followUpId, long departmentId, PartStatus status,
                             String returnComment, Instant submittedAt, List<GoalReport> goals,
                             List<ActivityReport> activities, long version) {

    public DepartmentPart {
        goals = List.copyOf(goals);
        activities = List.copyOf(activities);
    }

    DepartmentPart edit(List<GoalReport> newGoals, List<ActivityReport> newActivities) {
        if (!status.editable()) {
            throw new RuleViolationException(null, "followup.part.notEditable");
        }
        return new DepartmentPart(id, municipalityId, followUpId, departmentId, status, returnComment, submittedAt,
                newGoals, newActivities, version);
    }

    DepartmentPart submit(Instant now) {
        if (!status.editable()) {
            throw new RuleViolationException(null, "followup.part.submitOnlyOpen");
        }
        return new DepartmentPart(id, municipalityId, followUpId, departmentId, PartStatus.SUBMITTED, returnComment, now,
                goals, activities, version);
    }

    DepartmentPart returnWith(String comment) {
        if (status != PartStatus.SUBMITTED) {
            throw new RuleViolationException(null, "followup.part.reviewOnlySubmitted");
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("comment", "followup.part.commentRequired");
        }
        return new DepartmentPart(id, municipalityId, followUpId, departmentId, PartStatus.RETURNED, comment.trim(),
                submittedAt, goals, activities, version);
    }

    DepartmentPart accept() {
        if (status != PartStatus.SUBMITTED) {
            throw new RuleViolationException(null, "followup.part.reviewOnlySubmitted");
        }
        return new DepartmentPart(id, municipalityId, followUpId, departmentId, PartStatus.ACCEPTED, returnComment,
                submittedAt, goals, activities, version);
    }

    /** A fresh, open copy for a correction of an approved follow-up. */
    DepartmentPart reopenedCopy(long newFollowUpId) {
        return new DepartmentPart(0, municipalityId, newFollowUpId, departmentId, PartStatus.OPEN, null, null, goals,
                activities, 0);
    }
}
