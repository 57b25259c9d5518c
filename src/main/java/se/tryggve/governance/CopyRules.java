package se.tryggve.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;

/** What a programme copied to a new period takes along. */
final class CopyRules {

    private CopyRules() {
    }

    /** The new period must be a real period and start after the old one started. */
    static Period newPeriod(Period old, LocalDate from, LocalDate to) {
        Period p = new Period(from, to);
        if (!p.from().isAfter(old.from())) {
            throw new RuleViolationException("validFrom", "governance.copy.mustStartLater");
        }
        return p;
    }

    /** Only targets for years inside the new period; earlier years' targets belong to the old programme. */
    static Map<Integer, BigDecimal> targetsWithin(Map<Integer, BigDecimal> targets, Period period) {
        Map<Integer, BigDecimal> kept = new TreeMap<>();
        targets.forEach((year, value) -> {
            boolean afterStart = year >= period.from().getYear();
            boolean beforeEnd = period.to() == null || year <= period.to().getYear();
            if (afterStart && beforeEnd) {
                kept.put(year, value);
            }
        });
        return kept;
    }

    /** Finished activities stay with the old programme; planned and ongoing work continues. */
    static boolean carriesOver(ActivityStatus status) {
        return status.unfinished();
    }
}
