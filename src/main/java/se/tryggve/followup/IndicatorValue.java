package se.tryggve.followup;

import java.math.BigDecimal;

/**
 * An indicator's value for one year: either a number or "missing" with a reason. A missing value
 * is never shown or counted as zero.
 */
public record IndicatorValue(long indicatorId, int year, BigDecimal value, String missingReason, Source source, long version) {

    /** Where the value came from. */
    public enum Source { ENTERED, KOLADA }

    public boolean missing() {
        return value == null;
    }
}
