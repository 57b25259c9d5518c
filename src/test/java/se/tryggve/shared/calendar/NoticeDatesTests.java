package se.tryggve.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The last day of appeal (KL 13 kap. 5 §, lag 1930:173 2 §), the take-down date and the date warnings. */
class NoticeDatesTests {

    @ParameterizedTest(name = "posted {0} → last day {1} ({3})")
    @CsvSource(delimiter = ';', value = {
            // the Huddinge meeting of 17 February 2022, notice posted a week later: three weeks end on a Thursday
            "2022-02-24; 2022-03-17; ; normal",
            "2022-02-26; 2022-03-21; lördag,söndag; three weeks end on a Saturday",
            "2022-02-27; 2022-03-21; söndag; three weeks end on a Sunday",
            "2022-03-25; 2022-04-19; långfredagen,lördag,påskdagen,annandag påsk; Good Friday: the whole Easter",
            "2022-03-28; 2022-04-19; annandag påsk; Easter Monday",
            "2022-05-05; 2022-05-27; Kristi himmelsfärdsdag; Ascension Day",
            "2022-05-16; 2022-06-07; nationaldagen; the national day on a Monday",
            "2022-06-03; 2022-06-27; midsommarafton,midsommardagen,söndag; midsummer eve",
            "2022-12-03; 2022-12-27; julafton,juldagen,annandag jul; Christmas eve on a Saturday → 27 December",
            "2026-12-03; 2026-12-28; julafton,juldagen,annandag jul,söndag; Christmas eve on a Thursday → 28 December",
            "2025-12-03; 2025-12-29; julafton,juldagen,annandag jul,lördag,söndag; Christmas eve on a Wednesday",
            "2024-12-10; 2025-01-02; nyårsafton,nyårsdagen; New Year's eve, into the next year",
            "2025-01-16; 2025-02-06; ; an ordinary Thursday in winter"})
    void lastDayOfAppeal(LocalDate posted, LocalDate lastDay, String reasons, String because) {
        AppealDeadline deadline = NoticeDates.appealDeadline(posted);
        assertThat(deadline.posted()).isEqualTo(posted);
        assertThat(deadline.lastDayOfAppeal()).isEqualTo(lastDay);
        assertThat(NoticeDates.lastDayOfAppeal(posted)).isEqualTo(lastDay);
        assertThat(deadline.takeDown()).isEqualTo(lastDay.plusDays(1));
        assertThat(NoticeDates.takeDownDate(posted)).isEqualTo(lastDay.plusDays(1));
        assertThat(deadline.movedBecause()).containsExactlyElementsOf(
                reasons == null ? List.of() : List.of(reasons.split(",")));
        assertThat(deadline.moved()).isEqualTo(reasons != null);
    }

    @Test
    void theLastDayIsAlwaysAWorkingDayAndNeverBeforeThreeWeeks() {
        for (LocalDate posted = LocalDate.of(2020, 1, 1); posted.isBefore(LocalDate.of(2036, 1, 1));
                posted = posted.plusDays(1)) {
            LocalDate last = NoticeDates.lastDayOfAppeal(posted);
            LocalDate threeWeeks = posted.plusDays(21);
            assertThat(SwedishCalendar.isWorkingDay(last)).as("posted %s", posted).isTrue();
            assertThat(last).isAfterOrEqualTo(threeWeeks);
            assertThat(threeWeeks.datesUntil(last)).as("every skipped day is a non-working day")
                    .noneMatch(SwedishCalendar::isWorkingDay);
            assertThat(NoticeDates.appealDeadline(posted).movedBecause()).hasSize((int) (last.toEpochDay() - threeWeeks.toEpochDay()));
        }
    }

    @Test
    void datesInTimeGiveNoWarnings() {
        // meeting Thursday 17 February 2022, adjusted Tuesday 22nd, posted Thursday 24th (the second day after)
        assertThat(NoticeDates.warnings(LocalDate.of(2022, 2, 17), LocalDate.of(2022, 2, 22), LocalDate.of(2022, 2, 24)))
                .isEmpty();
        // adjusted on the 14th day, posted the same day
        assertThat(NoticeDates.warnings(LocalDate.of(2022, 2, 17), LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 3)))
                .isEmpty();
        // nothing adjusted yet: nothing to warn about
        assertThat(NoticeDates.warnings(LocalDate.of(2022, 2, 17), null, null)).isEmpty();
    }

    @Test
    void adjustedLaterThan14DaysAfterTheMeeting() {
        List<NoticeWarning> warnings = NoticeDates.warnings(LocalDate.of(2022, 2, 17), LocalDate.of(2022, 3, 4), null);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(NoticeWarning.Code.ADJUSTED_LATE);
            assertThat(w.messageKey()).isEqualTo("calendar.warning.adjustedLate");
            assertThat(w.args()).containsExactly(LocalDate.of(2022, 3, 4), LocalDate.of(2022, 2, 17), LocalDate.of(2022, 3, 3));
        });
    }

    @Test
    void fourteenDaysEndingOnAWeekendRunOnToMonday() {
        // meeting Saturday 5 February 2022: the 14th day is Saturday the 19th, so Monday the 21st is in time
        assertThat(NoticeDates.warnings(LocalDate.of(2022, 2, 5), LocalDate.of(2022, 2, 21), null)).isEmpty();
        assertThat(NoticeDates.warnings(LocalDate.of(2022, 2, 5), LocalDate.of(2022, 2, 22), null))
                .extracting(NoticeWarning::code).containsExactly(NoticeWarning.Code.ADJUSTED_LATE);
    }

    @Test
    void postedLaterThanTheSecondDayAfterAdjustment() {
        // adjusted Monday 21 February 2022: posting by Wednesday the 23rd
        assertThat(NoticeDates.warnings(null, LocalDate.of(2022, 2, 21), LocalDate.of(2022, 2, 23))).isEmpty();
        List<NoticeWarning> warnings = NoticeDates.warnings(null, LocalDate.of(2022, 2, 21), LocalDate.of(2022, 2, 24));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(NoticeWarning.Code.POSTED_LATE);
            assertThat(w.messageKey()).isEqualTo("calendar.warning.postedLate");
            assertThat(w.args()).containsExactly(LocalDate.of(2022, 2, 24), LocalDate.of(2022, 2, 21), LocalDate.of(2022, 2, 23));
        });
        // adjusted Thursday 24th: the second day is a Saturday, so posting on Monday the 28th is in time
        assertThat(NoticeDates.warnings(null, LocalDate.of(2022, 2, 24), LocalDate.of(2022, 2, 28))).isEmpty();
        assertThat(NoticeDates.warnings(null, LocalDate.of(2022, 2, 24), LocalDate.of(2022, 3, 1)))
                .extracting(NoticeWarning::code).containsExactly(NoticeWarning.Code.POSTED_LATE);
    }

    @Test
    void bothLimitsBrokenGiveBothWarnings() {
        assertThat(NoticeDates.warnings(LocalDate.of(2022, 2, 17), LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 20)))
                .extracting(NoticeWarning::code)
                .containsExactly(NoticeWarning.Code.ADJUSTED_LATE, NoticeWarning.Code.POSTED_LATE);
    }

    @Test
    void datesInAnImpossibleOrder() {
        assertThat(NoticeDates.warnings(LocalDate.of(2022, 2, 17), LocalDate.of(2022, 2, 16), LocalDate.of(2022, 2, 15)))
                .extracting(NoticeWarning::code)
                .containsExactly(NoticeWarning.Code.ADJUSTED_BEFORE_MEETING, NoticeWarning.Code.POSTED_BEFORE_ADJUSTMENT);
    }
}
