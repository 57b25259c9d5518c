package se.tryggve.shared.calendar;

/**
 * The named days of the Swedish calendar that matter for time limits: the public holidays of lag
 * (1989:253) om allmänna helgdagar 1 §, and the three eves that lag (1930:173) om beräkning av
 * lagstadgad tid 2 § treats like them (midsommarafton, julafton, nyårsafton). Sundays are public
 * holidays too under 1989:253 1 §, but have no name of their own and are not listed here.
 * <p>
 * {@link #swedishName()} is the statute's own wording; the same text, and an English one, are in the
 * message bundles under {@link #messageKey()}.
 */
public enum Holiday {

    NEW_YEARS_DAY("nyårsdagen", true),
    EPIPHANY("trettondedag jul", true),
    GOOD_FRIDAY("långfredagen", true),
    EASTER_SUNDAY("påskdagen", true),
    EASTER_MONDAY("annandag påsk", true),
    ASCENSION_DAY("Kristi himmelsfärdsdag", true),
    PENTECOST("pingstdagen", true),
    /** Annandag pingst: a public holiday until 2004; the amendment of 1989:253 in force
     * from 2005 replaced it with the national day. */
    WHIT_MONDAY("annandag pingst", true),
    /** The national day, 6 June: a public holiday from 2005. */
    NATIONAL_DAY("nationaldagen", true),
    MIDSUMMER_EVE("midsommarafton", false),
    MIDSUMMER_DAY("midsommardagen", true),
    ALL_SAINTS_DAY("alla helgons dag", true),
    CHRISTMAS_EVE("julafton", false),
    CHRISTMAS_DAY("juldagen", true),
    BOXING_DAY("annandag jul", true),
    NEW_YEARS_EVE("nyårsafton", false);

    private final String swedishName;
    private final boolean publicHoliday;

    Holiday(String swedishName, boolean publicHoliday) {
        this.swedishName = swedishName;
        this.publicHoliday = publicHoliday;
    }

    public String swedishName() {
        return swedishName;
    }

    /** True for an allmän helgdag (1989:253); false for the three eves, which only count for time limits. */
    public boolean isPublicHoliday() {
        return publicHoliday;
    }

    /** The key of the name in the message bundle {@code messages/shared}. */
    public String messageKey() {
        return "calendar.holiday." + name();
    }
}
