package se.tryggve.incidents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The graffiti follow-up figures for a window (a year, a range of months or the whole period), with the
 * breakdowns per month, district and category, every year for comparison, the cost target and hotspots.
 * Shares are 0–1 and null where nothing could be measured (never a zero for "no data").
 *
 * @param from first month of the window (null: from the first incident)
 * @param to   last month of the window, inclusive (null: to the last incident)
 */
public record IncidentStatisticsReport(LocalDate from, LocalDate to, Long districtId, String categoryCode, Figures total,
                                       Figures offensive, Figures notOffensive, List<Row> byMonth, List<Row> byDistrict,
                                       List<Row> byCategory, List<Row> byYear, CostTarget costTarget, List<Hotspot> hotspots,
                                       GraffitiGuideline guideline) {

    /**
     * Figures of a group of incidents. {@code assessed}: removed graffiti judged against the guideline's target;
     * {@code withinTarget}: of those, removed in time.
     */
    public record Figures(int reports, int removed, int assessed, int withinTarget, Double withinTargetShare,
                          Double medianRemovalHours, BigDecimal cost, int policeReported, Double policeReportedShare,
                          Map<Channel, Integer> byChannel) {
    }

    /** One line of a breakdown: the key (month "2021-04", district id, category code, year) and its label. */
    public record Row(String key, String label, Figures figures) {
    }

    /**
     * The guideline's cost target: the mean yearly cost of graffiti removal in the baseline years reduced by the
     * percentage; each year's graffiti cost against it.
     */
    public record CostTarget(int baselineFromYear, int baselineToYear, int reductionPercent, BigDecimal baselineMeanCost,
                             BigDecimal targetCost, List<YearCost> years) {
    }

    /** A year's graffiti cost; {@code met} null when there is no target. */
    public record YearCost(int year, BigDecimal cost, Boolean met) {
    }

    /** A grid cell with many reports (a hotspot), its bounds in WGS84. */
    public record Hotspot(double south, double west, double north, double east, int reports, int offensive) {
    }
}
