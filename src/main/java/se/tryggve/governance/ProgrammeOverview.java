package se.tryggve.governance;

import java.util.List;

/**
 * Read model of a whole document for the overview page and the API: built from one query per
 * table, so its cost does not grow with the number of goals or activities in queries.
 */
public record ProgrammeOverview(GoverningDocument document, List<AreaView> areas, List<IndicatorView> indicators,
                                List<Activity> activities, int goalCount) {

    /** An area with its goals in hierarchy order (pre-order, with depth). */
    public record AreaView(Area area, List<GoalRow> goals) {
    }

    /** A goal at its depth in the hierarchy (0 = directly under the area) with owners and activities. */
    public record GoalRow(Goal goal, int depth, List<String> ownerNames, List<ActivityRef> activities) {
    }

    /** An activity as listed under a goal. */
    public record ActivityRef(long id, String title, ActivityStatus status, Long departmentId, String departmentName, int startYear,
                              int endYear, boolean example) {
    }

    public record IndicatorView(Indicator indicator, String goalTitle) {
    }
}
