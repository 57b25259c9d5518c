package se.tryggve.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.Direction;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.organisation.JudgementScale;

/**
 * Everything the follow-up report shows, assembled once from the data and rendered as HTML, PDF,
 * DOCX and XLSX, so that the four formats cannot disagree. Labels of enums are resolved by the
 * renderers from the message bundles (Swedish by default).
 *
 * @param title             "Uppföljning av Program för trygghet och säkerhet 2018–2021 avseende 2021"
 * @param authorDepartment  the department that issues the report (the coordinator's), or null
 * @param date              the approval date, or today for a draft
 * @param caseNumber        the case's number once the follow-up has become a case, else null
 * @param years             the years shown side by side in judgement columns, ascending, ending with {@code year}
 * @param draft             true until the follow-up is approved (renderers mark the report as a draft)
 * @param example           true when any of the texts are demo examples (renderers say so)
 */
public record FollowUpReport(
        long followUpId,
        String municipalityName,
        String documentTitle,
        int year,
        String title,
        String authorDepartment,
        LocalDate date,
        String caseNumber,
        boolean draft,
        boolean example,
        JudgementScale scale,
        String summary,
        Judgement overallJudgement,
        boolean lastYearOfPeriod,
        Judgement periodJudgement,
        String noteOnYear,
        List<Integer> years,
        List<AreaSection> areas,
        List<IndicatorSection> indicators,
        List<GuidelineSection> guidelineSections,
        List<DepartmentActivities> activitiesByDepartment) {

    /** One area: its sub-goal quoted in italics, then its goals. */
    public record AreaSection(int ordinal, String title, String subGoal, List<GoalSection> goals) {
    }

    /**
     * One goal: this year's work per reporting department, this year's judgement, the judgements of the
     * {@code years} by year (this year's included, equal to {@code judgement}; years without one absent from
     * the map) and the contributing activities.
     */
    public record GoalSection(long goalId, String title, String description, List<String> ownerDepartments,
                              List<DepartmentWork> work, Judgement judgement, Map<Integer, Judgement> judgementsByYear,
                              List<ActivityRow> activities) {
    }

    public record DepartmentWork(String department, String text) {
    }

    public record ActivityRow(long activityId, String title, String department, ActivityStatus status, String whatWasDone) {
    }

    /** An indicator with its values for every year that has one, oldest first, and its targets. */
    public record IndicatorSection(long indicatorId, String name, String unit, Direction direction, IndicatorSource source,
                                   String koladaKpi, String goalTitle, Integer baselineYear, BigDecimal baselineValue,
                                   List<IndicatorPoint> points) {
    }

    /** One year of an indicator: a value, or missing with its reason; the target where one is set. */
    public record IndicatorPoint(int year, BigDecimal value, String missingReason, BigDecimal target) {
        public boolean missing() {
            return value == null;
        }
    }

    /** The activities one department reported on this year (the report's appendix). */
    public record DepartmentActivities(String department, List<ActivityRow> activities) {
    }
}
