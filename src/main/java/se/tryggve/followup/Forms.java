package se.tryggve.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.tryggve.governance.ActivityStatus;

/** The forms of the follow-up pages (mutable beans for Thymeleaf binding). */
final class Forms {

    private Forms() {
    }

    static class OpenForm {
        @NotNull
        private Long documentId;
        @NotNull
        @Min(1900)
        @Max(2200)
        private Integer year;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;
        @Size(max = 4000)
        private String noteOnYear;

        public Long getDocumentId() { return documentId; }
        public void setDocumentId(Long documentId) { this.documentId = documentId; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
        public String getNoteOnYear() { return noteOnYear; }
        public void setNoteOnYear(String noteOnYear) { this.noteOnYear = noteOnYear; }
    }

    static class SummaryForm {
        @Size(max = 20000)
        private String summary;
        private Judgement overallJudgement;
        private Judgement periodJudgement;
        private long version;

        static SummaryForm of(FollowUp f) {
            SummaryForm s = new SummaryForm();
            s.summary = f.summary();
            s.overallJudgement = f.overallJudgement();
            s.periodJudgement = f.periodJudgement();
            s.version = f.version();
            return s;
        }

        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public Judgement getOverallJudgement() { return overallJudgement; }
        public void setOverallJudgement(Judgement overallJudgement) { this.overallJudgement = overallJudgement; }
        public Judgement getPeriodJudgement() { return periodJudgement; }
        public void setPeriodJudgement(Judgement periodJudgement) { this.periodJudgement = periodJudgement; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class ApproveForm {
        @Size(max = 4000)
        private String overrideReason;

        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    }

    static class ReturnForm {
        @Size(max = 4000)
        private String comment;

        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    static class GoalRow {
        private long goalId;
        @Size(max = 10000)
        private String work;
        private Judgement judgement;

        public long getGoalId() { return goalId; }
        public void setGoalId(long goalId) { this.goalId = goalId; }
        public String getWork() { return work; }
        public void setWork(String work) { this.work = work; }
        public Judgement getJudgement() { return judgement; }
        public void setJudgement(Judgement judgement) { this.judgement = judgement; }
    }

    static class ActivityRow {
        private long activityId;
        private ActivityStatus status;
        @Size(max = 10000)
        private String whatWasDone;

        public long getActivityId() { return activityId; }
        public void setActivityId(long activityId) { this.activityId = activityId; }
        public ActivityStatus getStatus() { return status; }
        public void setStatus(ActivityStatus status) { this.status = status; }
        public String getWhatWasDone() { return whatWasDone; }
        public void setWhatWasDone(String whatWasDone) { this.whatWasDone = whatWasDone; }
    }

    static class PartForm {
        @Valid
        private List<GoalRow> goals = new ArrayList<>();
        @Valid
        private List<ActivityRow> activities = new ArrayList<>();
        /** This year's values of the indicators of the part's goals (see IndicatorForms). */
        @Valid
        private List<IndicatorForms.IndicatorRow> indicators = new ArrayList<>();
        private long version;

        static PartForm of(DepartmentPart p) {
            PartForm f = new PartForm();
            for (GoalReport g : p.goals()) {
                GoalRow r = new GoalRow();
                r.goalId = g.goalId();
                r.work = g.work();
                r.judgement = g.judgement();
                f.goals.add(r);
            }
            for (ActivityReport a : p.activities()) {
                ActivityRow r = new ActivityRow();
                r.activityId = a.activityId();
                r.status = a.status();
                r.whatWasDone = a.whatWasDone();
                f.activities.add(r);
            }
            f.version = p.version();
            return f;
        }

        List<GoalReport> goalReports() {
            return goals.stream().map(g -> new GoalReport(g.goalId, g.work, g.judgement)).toList();
        }

        List<ActivityReport> activityReports() {
            return activities.stream().map(a -> new ActivityReport(a.activityId, a.status, a.whatWasDone)).toList();
        }

        public List<GoalRow> getGoals() { return goals; }
        public void setGoals(List<GoalRow> goals) { this.goals = goals; }
        public List<ActivityRow> getActivities() { return activities; }
        public void setActivities(List<ActivityRow> activities) { this.activities = activities; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
        public List<IndicatorForms.IndicatorRow> getIndicators() { return indicators; }
        public void setIndicators(List<IndicatorForms.IndicatorRow> indicators) { this.indicators = indicators; }
    }
}
