package se.tryggve.incidents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import se.tryggve.shared.calendar.SwedishCalendar;

/**
 * The removal-time rule of the graffiti guideline: when the removal of a report is due, and whether a
 * removal met it.
 * <ul>
 * <li>Graffiti: within {@code removalHours} (48) clock hours of the report.</li>
 * <li>Offensive graffiti, "inom 24 timmar på vardagar": the {@code offensiveHours} (24) run only during
 * working days in Europe/Stockholm — not on Saturdays, Sundays, public holidays (lag 1989:253) nor on
 * midsommarafton, julafton and nyårsafton ({@link SwedishCalendar#isWorkingDay}, the days on which
 * lag 1930:173 lets a time limit run). A report on Friday 15:00 is due Monday 15:00; one on Saturday
 * 10:00 is due Tuesday 00:00 (the clock starts Monday 00:00); one on Maundy Thursday 15:00 is due the
 * Tuesday after Easter 15:00. Hours are elapsed hours, so a day with a daylight-saving shift counts 23 or
 * 25 of them.</li>
 * </ul>
 * Pure functions; engineer-core's {@code recordRemoval} stores {@link #withinTarget} in {@code incident.within_target}.
 */
public final class GraffitiTargets {

    /** The guideline's clock is the municipality's local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private GraffitiTargets() {
    }

    /** The latest removal time that meets the guideline's target for a report at {@code reportedAt}. */
    public static Instant deadline(GraffitiGuideline g, Instant reportedAt, boolean offensive) {
        if (!offensive) {
            return reportedAt.plus(Duration.ofHours(g.removalHours()));
        }
        if (!g.offensiveWorkingDaysOnly()) {
            return reportedAt.plus(Duration.ofHours(g.offensiveHours()));
        }
        Duration remaining = Duration.ofHours(g.offensiveHours());
        ZonedDateTime t = reportedAt.atZone(ZONE);
        // bounded: a year never has more than a couple of weeks of non-working days in a row
        for (int guard = 0; guard < 3660; guard++) {
            LocalDate day = t.toLocalDate();
            Instant nextDay = day.plusDays(1).atStartOfDay(ZONE).toInstant();
            if (SwedishCalendar.isWorkingDay(day)) {
                Duration left = Duration.between(t.toInstant(), nextDay);
                if (remaining.compareTo(left) <= 0) {
                    return t.toInstant().plus(remaining);
                }
                remaining = remaining.minus(left);
            }
            t = nextDay.atZone(ZONE);
        }
        throw new IllegalStateException("no working day found after " + reportedAt);
    }

    /** True when the removal came on or before the deadline; a removal "before" the report counts as within. */
    public static boolean withinTarget(GraffitiGuideline g, Instant reportedAt, Instant removedAt, boolean offensive) {
        return !removedAt.isAfter(deadline(g, reportedAt, offensive));
    }

    /** Minutes from report to removal, never negative (a clock error is not a negative time). */
    public static int removalMinutes(Instant reportedAt, Instant removedAt) {
        return (int) Math.max(0, Duration.between(reportedAt, removedAt).toMinutes());
    }

    /**
     * The cost target of a year: the baseline period's mean yearly cost reduced by the guideline's
     * percentage (Huddinge: at least 50 % below the mean of 2018–2019). Null when the baseline has no cost.
     */
    public static java.math.BigDecimal costTarget(GraffitiGuideline g, java.math.BigDecimal baselineMeanCost) {
        if (baselineMeanCost == null || baselineMeanCost.signum() == 0) {
            return null;
        }
        return baselineMeanCost.multiply(java.math.BigDecimal.valueOf(100 - g.costReductionPercent()))
                .divide(java.math.BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }
}
