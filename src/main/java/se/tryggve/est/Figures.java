package se.tryggve.est;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a picture as they were when it was compiled (stored as JSON and never recomputed), or as
 * they are now for a draft. Column 0 is the picture's own period, then the comparison periods in the order
 * of {@link EstPeriod#comparisons()}. Only the register's structured fields and the coordinator's own
 * texts are here — never a reporter's free text, so nothing a partner wrote is sent on by itself.
 */
public record Figures(String periodKey, List<Column> columns, List<Row> categories, List<Row> districts,
                      List<Long> totals, double cellSize, List<Cell> cells, List<Notable> notable, List<Place> places,
                      String focusText, String noteText, Instant computedAt) {

    /** A period of the comparison: its key, a short Swedish label and its dates. */
    public record Column(String key, String label, LocalDate start, LocalDate end) {
    }

    /** A category or district with its counts per column; {@code id} null for "no district". */
    public record Row(Long id, String name, List<Long> counts) {
        public long current() {
            return counts.get(0);
        }
    }

    /** A hot-spot cell of the period (SWEREF 99 TM metres, south-west corner) with its reports. */
    public record Cell(double x, double y, double size, int count, String district) {
    }

    /** A notable event: an incident's structured facts (no free text) and/or the coordinator's note. */
    public record Notable(Long incidentId, String category, String district, LocalDate date, String note) {
    }

    /** A place decided as focus for the next period. */
    public record Place(String name, String district) {
    }

    /** The period's own count (column 0) of all reports. */
    public long total() {
        return totals.isEmpty() ? 0 : totals.get(0);
    }

    /** The same period last year: the last column. */
    public int lastYearColumn() {
        return columns.size() - 1;
    }
}
