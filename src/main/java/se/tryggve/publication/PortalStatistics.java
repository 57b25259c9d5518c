package se.tryggve.publication;

import java.util.List;

import org.springframework.stereotype.Component;

import se.tryggve.incidents.IncidentStatistics;
import se.tryggve.incidents.IncidentStatisticsReport;
import se.tryggve.shared.SmallCounts;

/**
 * The published incident statistics of a municipality: the number of reports per year, and for one year per
 * category and per district — counts only, read through the register's own statistics query (never its
 * tables). Counts 1–4 are suppressed ({@link SmallCounts}) and no total is printed beside a suppressed cell, so
 * it cannot be worked out by subtraction. No free text, place or reporter of a report is ever read here.
 */
@Component
class PortalStatistics {

    /** A published count: {@code count} null when suppressed. */
    record Figure(String key, String label, Integer count, boolean suppressed) {

        static Figure of(String key, String label, int count) {
            return SmallCounts.suppressed(count) ? new Figure(key, label, null, true) : new Figure(key, label, count, false);
        }
    }

    /** {@code year} null when the register has no reports at all. */
    record Published(List<Figure> byYear, Integer year, List<Figure> byCategory, List<Figure> byDistrict) {
    }

    private final IncidentStatistics statistics;

    PortalStatistics(IncidentStatistics statistics) {
        this.statistics = statistics;
    }

    /**
     * The figures for the chosen year (null: the latest year with reports). A year the register has no reports
     * for is empty ({@code byCategory}/{@code byDistrict} empty lists) rather than an error.
     */
    Published published(long m, Integer year, String unknownDistrict) {
        IncidentStatisticsReport whole = statistics.statistics(m, IncidentStatistics.Filter.wholePeriod());
        List<Figure> byYear = whole.byYear().stream()
                .map(r -> Figure.of(r.key(), r.label(), r.figures().reports())).toList();
        List<Integer> years = byYear.stream().map(f -> Integer.valueOf(f.key())).toList();
        Integer chosen = year != null ? year : years.isEmpty() ? null : years.stream().max(Integer::compare).orElseThrow();
        if (chosen == null || !years.contains(chosen)) {
            return new Published(byYear, chosen, List.of(), List.of());
        }
        IncidentStatisticsReport report = statistics.statistics(m, IncidentStatistics.Filter.ofYear(chosen));
        List<Figure> byCategory = report.byCategory().stream()
                .filter(r -> r.figures().reports() > 0)
                .map(r -> Figure.of(r.key(), r.label(), r.figures().reports())).toList();
        List<Figure> byDistrict = report.byDistrict().stream()
                .filter(r -> r.figures().reports() > 0)
                .map(r -> Figure.of(r.key(), r.label() == null ? unknownDistrict : r.label(), r.figures().reports())).toList();
        return new Published(byYear, chosen, byCategory, byDistrict);
    }
}
