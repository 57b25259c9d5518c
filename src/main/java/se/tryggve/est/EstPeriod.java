package se.tryggve.est;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.tryggve.shared.RuleViolationException;

/**
 * One period of an EST picture, with its local dates (Europe/Stockholm) and its key: "2025-W47" (ISO 8601
 * week of the week-based year — 2026-W01 starts on Monday 29 December 2025), "2025-11" (month) or
 * "2025-T3" (tertial: T1 January–April, T2 May–August, T3 September–December).
 *
 * <p>Comparisons: a week is compared with each of the four weeks before it and with the same week last
 * year; a month or tertial with the period before it and with the same period last year. <b>Week 53</b>:
 * most years have 52 ISO weeks, so "the same week last year" of week 53 is the <em>last</em> week of the
 * previous week-based year (its week 52, or its week 53 if it has one) — the nearest week of the same season,
 * rather than week 1 of the same year or no comparison at all.
 */
public record EstPeriod(PeriodKind kind, int year, int number) {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern TERTIAL = Pattern.compile("(\\d{4})-T(\\d)");

    public EstPeriod {
        if (year < 2000 || year > 2100 || number < 1 || number > max(kind, year)) {
            throw new RuleViolationException("period", "est.period.invalid", key(kind, year, number));
        }
    }

    /** The week-based year's number of ISO weeks: 52 or 53. */
    public static int weeksIn(int weekBasedYear) {
        return (int) LocalDate.of(weekBasedYear, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    private static int max(PeriodKind kind, int year) {
        return switch (kind) {
            case WEEK -> weeksIn(year);
            case MONTH -> 12;
            case TERTIAL -> 3;
        };
    }

    public static EstPeriod week(int year, int week) {
        return new EstPeriod(PeriodKind.WEEK, year, week);
    }

    public static EstPeriod month(int year, int month) {
        return new EstPeriod(PeriodKind.MONTH, year, month);
    }

    public static EstPeriod tertial(int year, int tertial) {
        return new EstPeriod(PeriodKind.TERTIAL, year, tertial);
    }

    /** The ISO week a date lies in. */
    public static EstPeriod weekOf(LocalDate date) {
        return week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "2025-W47" → week 47 of 2025; anything else (W00, W54, W53 of a 52-week year, text) → 400. */
    public static EstPeriod parseWeek(String text) {
        Matcher w = text == null ? null : WEEK.matcher(text.trim());
        if (w == null || !w.matches()) {
            throw new RuleViolationException("period", "est.period.invalid", text == null ? "" : text);
        }
        return week(Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)));
    }

    /** "2025-11" (month) or "2025-T3" (tertial); a week key is refused here (weeks have their own path). */
    public static EstPeriod parseSummary(String text) {
        String t = text == null ? "" : text.trim();
        Matcher mo = MONTH.matcher(t);
        if (mo.matches()) {
            return month(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)));
        }
        Matcher te = TERTIAL.matcher(t);
        if (te.matches()) {
            return tertial(Integer.parseInt(te.group(1)), Integer.parseInt(te.group(2)));
        }
        throw new RuleViolationException("period", "est.period.invalid", t);
    }

    /** Any key: week, month or tertial. */
    public static EstPeriod parse(String text) {
        return text != null && text.contains("W") ? parseWeek(text) : parseSummary(text);
    }

    public String key() {
        return key(kind, year, number);
    }

    private static String key(PeriodKind kind, int year, int number) {
        return switch (kind) {
            case WEEK -> String.format("%04d-W%02d", year, number);
            case MONTH -> String.format("%04d-%02d", year, number);
            case TERTIAL -> String.format("%04d-T%d", year, number);
        };
    }

    /** The first day (a Monday for a week). */
    public LocalDate start() {
        return switch (kind) {
            case WEEK -> LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
            case MONTH -> LocalDate.of(year, number, 1);
            case TERTIAL -> LocalDate.of(year, (number - 1) * 4 + 1, 1);
        };
    }

    /** The last day, inclusive. */
    public LocalDate end() {
        return switch (kind) {
            case WEEK -> start().plusDays(6);
            case MONTH -> start().plusMonths(1).minusDays(1);
            case TERTIAL -> start().plusMonths(4).minusDays(1);
        };
    }

    /** The period just before this one. */
    public EstPeriod previous() {
        return switch (kind) {
            case WEEK -> weekOf(start().minusDays(7));
            case MONTH -> number == 1 ? month(year - 1, 12) : month(year, number - 1);
            case TERTIAL -> number == 1 ? tertial(year - 1, 3) : tertial(year, number - 1);
        };
    }

    /** The same period a year earlier; for week 53, the last week of the previous week-based year (see above). */
    public EstPeriod sameLastYear() {
        if (kind == PeriodKind.WEEK) {
            return week(year - 1, Math.min(number, weeksIn(year - 1)));
        }
        return new EstPeriod(kind, year - 1, number);
    }

    /**
     * The periods a picture compares with, in order: for a week the four weeks before it (nearest first),
     * for a month or tertial the one before; then the same period last year.
     */
    public List<EstPeriod> comparisons() {
        List<EstPeriod> out = new ArrayList<>();
        EstPeriod p = this;
        int before = kind == PeriodKind.WEEK ? 4 : 1;
        for (int i = 0; i < before; i++) {
            p = p.previous();
            out.add(p);
        }
        out.add(sameLastYear());
        return out;
    }

    @Override
    public String toString() {
        return key();
    }
}
