package se.tryggve.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Public holidays and working days against dates published in almanacs, 2020–2035. */
class SwedishCalendarTests {

    /** Easter Sunday 2020–2035, checked against an independent implementation of the computus (python-dateutil). */
    static final Map<Integer, LocalDate> EASTER = new TreeMap<>(Map.ofEntries(
            Map.entry(2020, LocalDate.of(2020, 4, 12)), Map.entry(2021, LocalDate.of(2021, 4, 4)),
            Map.entry(2022, LocalDate.of(2022, 4, 17)), Map.entry(2023, LocalDate.of(2023, 4, 9)),
            Map.entry(2024, LocalDate.of(2024, 3, 31)), Map.entry(2025, LocalDate.of(2025, 4, 20)),
            Map.entry(2026, LocalDate.of(2026, 4, 5)), Map.entry(2027, LocalDate.of(2027, 3, 28)),
            Map.entry(2028, LocalDate.of(2028, 4, 16)), Map.entry(2029, LocalDate.of(2029, 4, 1)),
            Map.entry(2030, LocalDate.of(2030, 4, 21)), Map.entry(2031, LocalDate.of(2031, 4, 13)),
            Map.entry(2032, LocalDate.of(2032, 3, 28)), Map.entry(2033, LocalDate.of(2033, 4, 17)),
            Map.entry(2034, LocalDate.of(2034, 4, 9)), Map.entry(2035, LocalDate.of(2035, 3, 25))));

    @Test
    void easterSundayEveryYear2020To2035() {
        EASTER.forEach((year, easter) -> assertThat(SwedishCalendar.easterSunday(year)).as("Easter %d", year)
                .isEqualTo(easter));
    }

    @Test
    void easterIsASundayBetween22MarchAnd25AprilForEveryYear() {
        for (int year = SwedishCalendar.FIRST_YEAR; year <= SwedishCalendar.LAST_YEAR; year++) {
            LocalDate easter = SwedishCalendar.easterSunday(year);
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
        // the extremes of the Gregorian computus
        assertThat(SwedishCalendar.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(SwedishCalendar.easterSunday(1943)).isEqualTo(LocalDate.of(1943, 4, 25));
        assertThat(SwedishCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void movableFeastsFollowEaster2020To2035() {
        EASTER.forEach((year, easter) -> {
            assertThat(named(easter.minusDays(2))).as("Good Friday %d", year).isEqualTo(Holiday.GOOD_FRIDAY);
            assertThat(easter.minusDays(2).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(named(easter)).isEqualTo(Holiday.EASTER_SUNDAY);
            assertThat(named(easter.plusDays(1))).isEqualTo(Holiday.EASTER_MONDAY);
            assertThat(named(easter.plusDays(39))).as("Ascension %d", year).isEqualTo(Holiday.ASCENSION_DAY);
            assertThat(easter.plusDays(39).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(named(easter.plusDays(49))).as("Pentecost %d", year).isEqualTo(Holiday.PENTECOST);
            // annandag pingst is no longer a holiday (unless it is 6 June)
            LocalDate whitMonday = easter.plusDays(50);
            if (!whitMonday.equals(LocalDate.of(year, 6, 6))) {
                assertThat(SwedishCalendar.isPublicHoliday(whitMonday)).as("Whit Monday %d", year).isFalse();
                assertThat(SwedishCalendar.isWorkingDay(whitMonday)).isTrue();
            }
            // påskafton is an ordinary Saturday: not a holiday, not a working day
            assertThat(SwedishCalendar.isPublicHoliday(easter.minusDays(1))).isFalse();
            assertThat(SwedishCalendar.isWorkingDay(easter.minusDays(1))).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}: midsummer eve {1}, midsummer {2}, All Saints {3}")
    @CsvSource({
            "2020, 2020-06-19, 2020-06-20, 2020-10-31",
            "2021, 2021-06-25, 2021-06-26, 2021-11-06",
            "2022, 2022-06-24, 2022-06-25, 2022-11-05",
            "2023, 2023-06-23, 2023-06-24, 2023-11-04",
            "2024, 2024-06-21, 2024-06-22, 2024-11-02",
            "2025, 2025-06-20, 2025-06-21, 2025-11-01",
            "2026, 2026-06-19, 2026-06-20, 2026-10-31",
            "2027, 2027-06-25, 2027-06-26, 2027-11-06",
            "2030, 2030-06-21, 2030-06-22, 2030-11-02",
            "2035, 2035-06-22, 2035-06-23, 2035-11-03"})
    void midsummerAndAllSaints(int year, LocalDate eve, LocalDate midsummer, LocalDate allSaints) {
        assertThat(named(eve)).isEqualTo(Holiday.MIDSUMMER_EVE);
        assertThat(SwedishCalendar.isPublicHoliday(eve)).as("an eve is no public holiday").isFalse();
        assertThat(SwedishCalendar.isWorkingDay(eve)).as("but no working day for time limits").isFalse();
        assertThat(named(midsummer)).isEqualTo(Holiday.MIDSUMMER_DAY);
        assertThat(SwedishCalendar.isPublicHoliday(midsummer)).isTrue();
        assertThat(named(allSaints)).isEqualTo(Holiday.ALL_SAINTS_DAY);
        assertThat(SwedishCalendar.holidayName(allSaints)).hasValue("alla helgons dag");
        assertThat(allSaints.minusDays(1).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(SwedishCalendar.isWorkingDay(allSaints.minusDays(1))).as("allhelgonaafton is a working day").isTrue();
    }

    @Test
    void fixedHolidaysAndEvesEveryYear2020To2035() {
        for (int year = 2020; year <= 2035; year++) {
            assertThat(SwedishCalendar.holidayName(LocalDate.of(year, 1, 1))).hasValue("nyårsdagen");
            assertThat(SwedishCalendar.holidayName(LocalDate.of(year, 1, 6))).hasValue("trettondedag jul");
            assertThat(SwedishCalendar.isPublicHoliday(LocalDate.of(year, 6, 6))).as("6 June %d", year).isTrue();
            assertThat(SwedishCalendar.holidayName(LocalDate.of(year, 12, 24))).hasValue("julafton");
            assertThat(SwedishCalendar.holidayName(LocalDate.of(year, 12, 25))).hasValue("juldagen");
            assertThat(SwedishCalendar.holidayName(LocalDate.of(year, 12, 26))).hasValue("annandag jul");
            assertThat(SwedishCalendar.holidayName(LocalDate.of(year, 12, 31))).hasValue("nyårsafton");
            for (LocalDate eve : List.of(LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 31))) {
                assertThat(SwedishCalendar.isPublicHoliday(eve)).isFalse();
                assertThat(SwedishCalendar.isWorkingDay(eve)).isFalse();
            }
            // trettondagsafton, valborgsmässoafton and 1 May's eve are ordinary days; 1 May is no holiday of 1989:253
            assertThat(SwedishCalendar.holidayName(LocalDate.of(year, 1, 5))).isEmpty();
            assertThat(SwedishCalendar.holidayName(LocalDate.of(year, 4, 30))).isEmpty();
            assertThat(SwedishCalendar.holidays(year)).hasSize(15);
        }
    }

    @Test
    void theYear2022InFull() {
        assertThat(SwedishCalendar.holidays(2022)).extracting(d -> d.date() + " " + d.name()).containsExactly(
                "2022-01-01 nyårsdagen",
                "2022-01-06 trettondedag jul",
                "2022-04-15 långfredagen",
                "2022-04-17 påskdagen",
                "2022-04-18 annandag påsk",
                "2022-05-26 Kristi himmelsfärdsdag",
                "2022-06-05 pingstdagen",
                "2022-06-06 nationaldagen",
                "2022-06-24 midsommarafton",
                "2022-06-25 midsommardagen",
                "2022-11-05 alla helgons dag",
                "2022-12-24 julafton",
                "2022-12-25 juldagen",
                "2022-12-26 annandag jul",
                "2022-12-31 nyårsafton");
    }

    @Test
    void whitMondayUntil2004NationalDayFrom2005() {
        assertThat(SwedishCalendar.holidayName(LocalDate.of(2004, 5, 31))).hasValue("annandag pingst");
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.of(2004, 6, 6))).isFalse();
        assertThat(SwedishCalendar.holidayName(LocalDate.of(2005, 5, 16))).isEmpty();
        assertThat(SwedishCalendar.holidayName(LocalDate.of(2005, 6, 6))).hasValue("nationaldagen");
    }

    @Test
    void pentecostOnTheNationalDay() {
        // Easter 18 April 2049: pingstdagen falls on 6 June; both are listed, the date is named pingstdagen
        assertThat(SwedishCalendar.easterSunday(2049)).isEqualTo(LocalDate.of(2049, 4, 18));
        LocalDate sixthOfJune = LocalDate.of(2049, 6, 6);
        assertThat(SwedishCalendar.holidays(2049)).filteredOn(d -> d.date().equals(sixthOfJune))
                .extracting(CalendarDay::holiday).containsExactly(Holiday.PENTECOST, Holiday.NATIONAL_DAY);
        assertThat(SwedishCalendar.holidayName(sixthOfJune)).hasValue("pingstdagen");
        assertThat(SwedishCalendar.isPublicHoliday(sixthOfJune)).isTrue();
        assertThat(SwedishCalendar.isWorkingDay(sixthOfJune.plusDays(1))).as("Monday 7 June 2049").isTrue();
    }

    @Test
    void workingDays() {
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.of(2022, 2, 24))).as("a Thursday").isTrue();
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.of(2022, 2, 26))).as("a Saturday").isFalse();
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.of(2022, 2, 27))).as("a Sunday").isFalse();
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.of(2025, 5, 29))).as("Ascension 2025").isFalse();
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.of(2025, 5, 30))).as("the Friday after").isTrue();
        assertThat(SwedishCalendar.nonWorkingReason(LocalDate.of(2022, 2, 26))).hasValue("lördag");
        assertThat(SwedishCalendar.nonWorkingReason(LocalDate.of(2022, 2, 27))).hasValue("söndag");
        assertThat(SwedishCalendar.nonWorkingReason(LocalDate.of(2022, 4, 17))).hasValue("påskdagen");
        assertThat(SwedishCalendar.nonWorkingReason(LocalDate.of(2022, 2, 24))).isEmpty();
    }

    @Test
    void workingDaysOfAYear() {
        // 2025, counted by hand: 365 days − 104 weekend days − 8 holidays on weekdays (1/1, 6/1, 18/4, 21/4,
        // 29/5, 6/6, 25/12, 26/12) − 3 eves on weekdays (midsommarafton 20/6, julafton 24/12, nyårsafton 31/12) = 250
        long working = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1))
                .filter(SwedishCalendar::isWorkingDay).count();
        assertThat(working).isEqualTo(365 - 104 - 8 - 3);
    }

    @Test
    void nextWorkingDayOnOrAfter() {
        assertThat(SwedishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2022, 3, 17))).isEqualTo(LocalDate.of(2022, 3, 17));
        assertThat(SwedishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2022, 3, 19))).isEqualTo(LocalDate.of(2022, 3, 21));
        assertThat(SwedishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2022, 4, 15))).isEqualTo(LocalDate.of(2022, 4, 19));
        assertThat(SwedishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2022, 12, 24))).isEqualTo(LocalDate.of(2022, 12, 27));
        assertThat(SwedishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(SwedishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2200, 12, 31)).getYear()).isEqualTo(2201);
    }

    @Test
    void yearsBeforeTheGregorianCalendarAreRefused() {
        assertThatThrownBy(() -> SwedishCalendar.holidays(1582)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SwedishCalendar.isSupportedYear(1900)).isTrue();
        assertThat(SwedishCalendar.isSupportedYear(2200)).isTrue();
        assertThat(SwedishCalendar.isSupportedYear(1899)).isFalse();
        assertThat(SwedishCalendar.isSupportedYear(2201)).isFalse();
    }

    @Test
    void everySupportedYearHasItsFifteenDaysAndChristmasEndsWithinFiveDays() {
        for (int year = SwedishCalendar.FIRST_YEAR; year <= SwedishCalendar.LAST_YEAR; year++) {
            int y = year;
            assertThat(SwedishCalendar.holidays(year)).hasSize(15)
                    .allSatisfy(d -> assertThat(d.date().getYear()).isEqualTo(y));
            LocalDate christmasEve = LocalDate.of(year, Month.DECEMBER, 24);
            assertThat(SwedishCalendar.nextWorkingDayOnOrAfter(christmasEve)).isBetween(
                    christmasEve.plusDays(3), christmasEve.plusDays(5));
        }
    }

    private static Holiday named(LocalDate date) {
        return SwedishCalendar.holiday(date).orElseThrow(() -> new AssertionError("no holiday on " + date));
    }
}
