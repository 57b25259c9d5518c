package se.tryggve.followup;

import java.time.LocalDate;
import java.util.Collection;

import se.tryggve.organisation.JudgementScale;
import se.tryggve.shared.RuleViolationException;

/**
 * The follow-up of one governing document for one year (aggregate root of the department parts).
 * Open while reporting and review go on; approval locks it, and a correction is a new follow-up that
 * supersedes the approved one.
 */
public record FollowUp(long id, long municipalityId, long documentId, int year, LocalDate deadline, String noteOnYear,
                       FollowUpStatus status, String summary, Judgement overallJudgement, Judgement periodJudgement,
                       String overrideReason, Long supersedes, boolean superseded, long version) {

    void checkOpen() {
        if (status != FollowUpStatus.OPEN) {
            throw new RuleViolationException(null, "followup.locked");
        }
    }

    FollowUp writeSummary(String newSummary, Judgement overall, Judgement period, boolean lastYearOfPeriod,
                          JudgementScale scale) {
        checkOpen();
        Judgement.checkOnScale(scale, overall, "overallJudgement");
        Judgement.checkOnScale(scale, period, "periodJudgement");
        if (period != null && !lastYearOfPeriod) {
            throw new RuleViolationException("periodJudgement", "followup.periodJudgement.onlyLastYear");
        }
        return new FollowUp(id, municipalityId, documentId, year, deadline, noteOnYear, status, blankToNull(newSummary),
                overall, period, overrideReason, supersedes, superseded, version);
    }

    /**
     * Approval needs every part accepted, unless the coordinator overrides with a reason (kept on the
     * follow-up, so the report shows that a department's part was not reviewed).
     */
    FollowUp approve(Collection<PartStatus> parts, String override, boolean lastYearOfPeriod, JudgementScale scale) {
        checkOpen();
        boolean allAccepted = parts.stream().allMatch(s -> s == PartStatus.ACCEPTED);
        String reason = blankToNull(override);
        if (!allAccepted && reason == null) {
            throw new RuleViolationException("overrideReason", "followup.approve.partsNotAccepted");
        }
        Judgement.checkPresent(scale, overallJudgement, "overallJudgement");
        if (lastYearOfPeriod) {
            Judgement.checkPresent(scale, periodJudgement, "periodJudgement");
        }
        return new FollowUp(id, municipalityId, documentId, year, deadline, noteOnYear, FollowUpStatus.APPROVED, summary,
                overallJudgement, periodJudgement, allAccepted ? null : reason, supersedes, superseded, version);
    }

    /** The open correction of this approved follow-up; the caller marks this one superseded. */
    FollowUp correction() {
        if (status != FollowUpStatus.APPROVED) {
            throw new RuleViolationException(null, "followup.correct.onlyApproved");
        }
        if (superseded) {
            throw new RuleViolationException(null, "followup.correct.alreadyCorrected");
        }
        return new FollowUp(0, municipalityId, documentId, year, deadline, noteOnYear, FollowUpStatus.OPEN, summary,
                overallJudgement, periodJudgement, null, id, false, 0);
    }

    FollowUp markSuperseded() {
        return new FollowUp(id, municipalityId, documentId, year, deadline, noteOnYear, status, summary,
                overallJudgement, periodJudgement, overrideReason, supersedes, true, version);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
