package se.tryggve.prevention;

/**
 * A count as it may be published (report, open data, public pages): statistical disclosure control
 * suppresses 1–4, so that no small group — and no single person who consulted the municipality or was
 * the subject of a concern — can be singled out, the practice of SCB and Brå for small cells and the
 * guideline's own rule. {@code value} is then null and {@code suppressed} true ("färre än 5").
 * <p>
 * Zero is shown as 0: it says that nothing happened and reveals nothing about any person, and hiding
 * it would make a year with no activity look like one with a few cases. A count that was not reported
 * is {@code missing} (value null, not suppressed), shown as missing and never as 0.
 * <p>
 * Only single cells are published, never a difference or a sum next to a suppressed cell, so a
 * suppressed value cannot be worked out from the others.
 */
public record PublishedCount(Integer value, boolean suppressed, boolean missing) {

    /** Counts below this are suppressed in anything published (the shared rule, {@link se.tryggve.shared.SmallCounts}). */
    public static final int THRESHOLD = se.tryggve.shared.SmallCounts.THRESHOLD;

    public static PublishedCount of(Integer count) {
        if (count == null) {
            return new PublishedCount(null, false, true);
        }
        if (se.tryggve.shared.SmallCounts.suppressed(count)) {
            return new PublishedCount(null, true, false);
        }
        return new PublishedCount(count, false, false);
    }
}
