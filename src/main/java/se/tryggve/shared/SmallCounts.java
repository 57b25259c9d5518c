package se.tryggve.shared;

/**
 * The suppression rule for counts in anything published (reports, open data, public pages):
 * statistical disclosure control hides 1–4, so that no small group — and no single person — can be
 * singled out, the practice of SCB and Brå for small cells. Zero is shown: it says that nothing
 * happened and reveals nothing about anyone. Used by the extremism follow-up's published counts and
 * by the public summary of the lägesbild (lag 2023:196 makes the municipality's crime-prevention work
 * a public matter, but not the people in its figures).
 */
public final class SmallCounts {

    /** Counts below this (and above zero) are suppressed in anything published. */
    public static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    /** Whether the count must be shown as "färre än 5" instead of its value. */
    public static boolean suppressed(int count) {
        return count > 0 && count < THRESHOLD;
    }
}
