package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The removal-time rule, above all "24 hours on weekdays" across weekends and Swedish holidays. */
class GraffitiTargetsTests {

    static final GraffitiGuideline G = GraffitiGuideline.defaults();

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(GraffitiTargets.ZONE).toInstant();
    }

    @Test
    void ordinaryGraffitiIsDueFortyEightClockHoursAfterTheReportEvenOverAWeekend() {
        assertThat(GraffitiTargets.deadline(G, at("2021-06-04T15:00"), false)).isEqualTo(at("2021-06-06T15:00"));
    }

    @Test
    void offensiveGraffitiOnAFridayAfternoonIsDueOnMondayAtTheSameTime() {
        assertThat(GraffitiTargets.deadline(G, at("2021-06-04T15:00"), true)).isEqualTo(at("2021-06-07T15:00"));
    }

    @Test
    void aReportOnASaturdayStartsTheClockOnMonday() {
        assertThat(GraffitiTargets.deadline(G, at("2021-06-12T10:00"), true)).isEqualTo(at("2021-06-15T00:00"));
    }

    @Test
    void easterSkipsGoodFridayTheWeekendAndEasterMonday() {
        // 2021: långfredagen 2 April, påskdagen 4 April, annandag påsk 5 April
        assertThat(GraffitiTargets.deadline(G, at("2021-04-01T15:00"), true)).isEqualTo(at("2021-04-06T15:00"));
    }

    @Test
    void midsummerEveIsNotAWorkingDay() {
        // 2021: midsommarafton Friday 25 June, midsommardagen 26 June
        assertThat(GraffitiTargets.deadline(G, at("2021-06-24T10:00"), true)).isEqualTo(at("2021-06-28T10:00"));
    }

    @Test
    void christmasAndNewYearsEveAreSkipped() {
        // 2021: julafton Friday 24 December; nyårsafton Friday 31 December, nyårsdagen Saturday
        assertThat(GraffitiTargets.deadline(G, at("2021-12-23T12:00"), true)).isEqualTo(at("2021-12-27T12:00"));
        assertThat(GraffitiTargets.deadline(G, at("2021-12-30T20:00"), true)).isEqualTo(at("2022-01-03T20:00"));
        // 2022: trettondedag jul Thursday 6 January
        assertThat(GraffitiTargets.deadline(G, at("2022-01-05T09:00"), true)).isEqualTo(at("2022-01-07T09:00"));
    }

    @Test
    void aReportOnAHolidayCountsFromTheNextWorkingDay() {
        // Ascension Day 2021 is Thursday 13 May
        assertThat(GraffitiTargets.deadline(G, at("2021-05-13T08:00"), true)).isEqualTo(at("2021-05-15T00:00"));
    }

    @Test
    void theDaylightSavingShiftCountsElapsedHours() {
        // summer time began Sunday 28 March 2021; Friday 22:00 + 2 h on Friday, 22 h from Monday 00:00
        assertThat(GraffitiTargets.deadline(G, at("2021-03-26T22:00"), true)).isEqualTo(at("2021-03-29T22:00"));
        // ordinary graffiti: 48 elapsed hours across the shift are 49 on the wall clock
        assertThat(GraffitiTargets.deadline(G, at("2021-03-27T12:00"), false)).isEqualTo(at("2021-03-29T13:00"));
    }

    @Test
    void withinTargetIncludesTheDeadlineItself() {
        Instant reported = at("2021-06-04T15:00");
        assertThat(GraffitiTargets.withinTarget(G, reported, at("2021-06-07T15:00"), true)).isTrue();
        assertThat(GraffitiTargets.withinTarget(G, reported, at("2021-06-07T15:01"), true)).isFalse();
        assertThat(GraffitiTargets.withinTarget(G, reported, at("2021-06-06T15:00"), false)).isTrue();
        assertThat(GraffitiTargets.withinTarget(G, reported, at("2021-06-06T15:01"), false)).isFalse();
    }

    @Test
    void withoutTheWeekdayRuleOffensiveGraffitiHasTwentyFourClockHours() {
        GraffitiGuideline stockholm = new GraffitiGuideline(null, 24, 24, false, 50, 2018, 2019, 0);
        assertThat(GraffitiTargets.deadline(stockholm, at("2021-06-04T15:00"), true)).isEqualTo(at("2021-06-05T15:00"));
    }

    @Test
    void theCostTargetIsTheBaselineMeanReducedByThePercentage() {
        assertThat(GraffitiTargets.costTarget(G, new java.math.BigDecimal("8000"))).isEqualByComparingTo("4000");
        assertThat(GraffitiTargets.costTarget(G, null)).isNull();
    }

    @Test
    void theHistogramGivesTheExactMedianOfQuarterHours() {
        int[] dense = new int[IncidentStatisticsHistogram.SIZE];
        for (int minutes : new int[] {1440, 2865, 3600, 5820, 7140}) {
            dense[IncidentStatisticsHistogram.bucket(minutes)]++;
        }
        assertThat(IncidentStatisticsHistogram.medianMinutes(dense)).isEqualTo(3600.0);
        dense[IncidentStatisticsHistogram.bucket(1800)]++;
        assertThat(IncidentStatisticsHistogram.medianMinutes(dense)).isEqualTo((2865 + 3600) / 2.0);
        int[] copy = new int[IncidentStatisticsHistogram.SIZE];
        IncidentStatisticsHistogram.addInto("96:2,1344:1", copy);
        assertThat(copy[96]).isEqualTo(2);
        assertThat(copy[1344]).isEqualTo(1);
    }
}
