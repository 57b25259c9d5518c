package se.tryggve.incidents;

/**
 * A municipality's graffiti-guideline targets, taken from the governing document that sets them
 * ({@code documentId}, a guideline of the governance module; null until linked). Huddinge's guideline:
 * all graffiti removed within 48 hours of the report, offensive or racist graffiti within 24 hours on
 * weekdays, clean-up costs cut by at least 50 % against 2018–2019.
 *
 * @param offensiveWorkingDaysOnly true: the offensive target's hours run only on working days of the
 *                                 Swedish calendar (see {@link GraffitiTargets#deadline})
 */
public record GraffitiGuideline(Long documentId, int removalHours, int offensiveHours, boolean offensiveWorkingDaysOnly,
                                int costReductionPercent, int baselineFromYear, int baselineToYear, long version) {

    /** The targets of Huddinge's guideline, used until a municipality saves its own. */
    public static GraffitiGuideline defaults() {
        return new GraffitiGuideline(null, 48, 24, true, 50, 2018, 2019, -1);
    }
}
