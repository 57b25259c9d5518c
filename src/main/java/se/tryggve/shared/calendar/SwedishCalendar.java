package se.tryggve.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public holidays per lag (1989:253) om allmänna helgdagar, and working days for statutory time
 * limits per lag (1930:173) om beräkning av lagstadgad tid.
 * <p>
 * The rules are those in force today, with one historical change: annandag pingst was a public
 * holiday until 2004 and the national day is one from 2005. Older changes (midsummer and All Saints
 * fixed to Saturdays in 1953, Saturdays counted by 1930:173 since the 1970s) are not modelled: the
 * calendar serves deadlines of today's minutes, not of the 1940s.
 */
public final class SwedishCalendar {

    /** The years the public API answers for (a sanity bound on input, not a limit of the rules). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** The Gregorian calendar, and so its computus, applies from 1583. */
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    private SwedishCalendar() {
    }

    /**
     * Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus/Jones/Butcher);
     * 1989:253 1 §: påskdagen is "söndagen efter den fullmåne som infaller på eller närmast efter
     * den 21 mars", which is the ecclesiastical full moon of that computus.
     */
    public static LocalDate easterSunday(int year) {
        checkYear(year);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * The named days of the year in date order: the public holidays of 1989:253 1 § and the eves
     * midsommarafton, julafton and nyårsafton of 1930:173 2 §. Sundays are not listed.
     */
    public static List<CalendarDay> holidays(int year) {
        return BY_YEAR.computeIfAbsent(year, SwedishCalendar::computeHolidays);
    }

    /** Looked up for every day a deadline passes; a year's list is immutable, so computed once. */
    private static final Map<Integer, List<CalendarDay>> BY_YEAR = new ConcurrentHashMap<>();

    private static List<CalendarDay> computeHolidays(int year) {
        checkYear(year);
        LocalDate easter = easterSunday(year);
        // midsommardagen: the Saturday in 20–26 June; alla helgons dag: the Saturday in 31 Oct–6 Nov (1989:253 1 §)
        LocalDate midsummerDay = LocalDate.of(year, 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate allSaints = LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<CalendarDay> days = new ArrayList<>();
        days.add(new CalendarDay(LocalDate.of(year, 1, 1), Holiday.NEW_YEARS_DAY));
        days.add(new CalendarDay(LocalDate.of(year, 1, 6), Holiday.EPIPHANY));
        days.add(new CalendarDay(easter.minusDays(2), Holiday.GOOD_FRIDAY));
        days.add(new CalendarDay(easter, Holiday.EASTER_SUNDAY));
        days.add(new CalendarDay(easter.plusDays(1), Holiday.EASTER_MONDAY));
        // Kristi himmelsfärdsdag: the sixth Thursday after Easter Sunday
        days.add(new CalendarDay(easter.plusDays(39), Holiday.ASCENSION_DAY));
        // pingstdagen: the seventh Sunday after Easter Sunday
        days.add(new CalendarDay(easter.plusDays(49), Holiday.PENTECOST));
        if (year <= 2004) {
            days.add(new CalendarDay(easter.plusDays(50), Holiday.WHIT_MONDAY));
        } else {
            days.add(new CalendarDay(LocalDate.of(year, 6, 6), Holiday.NATIONAL_DAY));
        }
        days.add(new CalendarDay(midsummerDay.minusDays(1), Holiday.MIDSUMMER_EVE));
        days.add(new CalendarDay(midsummerDay, Holiday.MIDSUMMER_DAY));
        days.add(new CalendarDay(allSaints, Holiday.ALL_SAINTS_DAY));
        days.add(new CalendarDay(LocalDate.of(year, 12, 24), Holiday.CHRISTMAS_EVE));
        days.add(new CalendarDay(LocalDate.of(year, 12, 25), Holiday.CHRISTMAS_DAY));
        days.add(new CalendarDay(LocalDate.of(year, 12, 26), Holiday.BOXING_DAY));
        days.add(new CalendarDay(LocalDate.of(year, 12, 31), Holiday.NEW_YEARS_EVE));
        // Ascension can fall on 1 June and the national day on Pentecost: keep a stable date order
        days.sort(Comparator.comparing(CalendarDay::date).thenComparing(CalendarDay::holiday));
        return List.copyOf(days);
    }

    /**
     * The named day on this date. When two fall together (the national day on pingstdagen, 6 June)
     * the one listed first in {@link Holiday} is given.
     */
    public static Optional<Holiday> holiday(LocalDate date) {
        return holidays(date.getYear()).stream().filter(d -> d.date().equals(date)).map(CalendarDay::holiday)
                .findFirst();
    }

    /** True on the named public holidays of lag (1989:253) 1 § (not on ordinary Sundays, nor on the eves). */
    public static boolean isPublicHoliday(LocalDate date) {
        return holidays(date.getYear()).stream()
                .anyMatch(d -> d.date().equals(date) && d.holiday().isPublicHoliday());
    }

    /** The Swedish name of the public holiday or eve on this date, e.g. "långfredagen"; empty on other days. */
    public static Optional<String> holidayName(LocalDate date) {
        return holiday(date).map(Holiday::swedishName);
    }

    /**
     * A working day for statutory time limits: not a Saturday, Sunday, public holiday, midsommarafton,
     * julafton or nyårsafton — the days on which lag (1930:173) 2 § lets a time limit run on.
     */
    public static boolean isWorkingDay(LocalDate date) {
        return nonWorkingReason(date).isEmpty();
    }

    /**
     * Why the date is not a working day, in Swedish: the holiday's or eve's name ("långfredagen",
     * "julafton"), else "lördag" or "söndag"; empty on a working day.
     */
    public static Optional<String> nonWorkingReason(LocalDate date) {
        Optional<String> name = holidayName(date);
        if (name.isPresent()) {
            return name;
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> Optional.of("lördag");
            case SUNDAY -> Optional.of("söndag");
            default -> Optional.empty();
        };
    }

    /** The date itself when it is a working day, else the first working day after it (lag 1930:173 2 §). */
    public static LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** True for the years the public API answers for, {@value #FIRST_YEAR}–{@value #LAST_YEAR}. */
    public static boolean isSupportedYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static void checkYear(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("year " + year + " is before the Gregorian calendar");
        }
    }
}
