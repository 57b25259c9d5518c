package se.tryggve.est;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.tryggve.shared.RuleViolationException;

/** ISO weeks of the week-based year, months and tertials, and what each picture compares with. */
class EstPeriodTests {

    @Test
    void week1Of2026StartsOnMonday29December2025() {
        EstPeriod w = EstPeriod.parseWeek("2026-W01");
        assertThat(w.start()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(w.end()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(EstPeriod.weekOf(LocalDate.of(2025, 12, 31))).isEqualTo(w);
        assertThat(EstPeriod.weekOf(LocalDate.of(2025, 12, 28)).key()).isEqualTo("2025-W52");
    }

    @Test
    void week53ExistsOnlyInYearsThatHaveIt() {
        EstPeriod w53 = EstPeriod.parseWeek("2020-W53");
        assertThat(w53.start()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(w53.end()).isEqualTo(LocalDate.of(2021, 1, 3));
        assertThat(EstPeriod.weeksIn(2020)).isEqualTo(53);
        assertThat(EstPeriod.weeksIn(2026)).isEqualTo(53);
        assertThat(EstPeriod.weeksIn(2025)).isEqualTo(52);
        assertThatThrownBy(() -> EstPeriod.parseWeek("2025-W53")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> EstPeriod.parseWeek("2025-W54")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> EstPeriod.parseWeek("2025-W00")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> EstPeriod.parseWeek("2025-47")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> EstPeriod.parseWeek("vecka 47")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> EstPeriod.parseWeek(null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theSameWeekLastYearOfWeek53IsTheLastWeekOfThePreviousYear() {
        assertThat(EstPeriod.parseWeek("2020-W53").sameLastYear().key()).isEqualTo("2019-W52");
        assertThat(EstPeriod.parseWeek("2027-W52").sameLastYear().key()).isEqualTo("2026-W52");
        assertThat(EstPeriod.parseWeek("2026-W53").sameLastYear().key()).isEqualTo("2025-W52");
        assertThat(EstPeriod.parseWeek("2026-W01").sameLastYear().key()).isEqualTo("2025-W01");
        assertThat(EstPeriod.parseWeek("2025-W47").sameLastYear().key()).isEqualTo("2024-W47");
    }

    @Test
    void aWeekComparesWithTheFourWeeksBeforeAcrossTheYearBoundaryAndTheSameWeekLastYear() {
        assertThat(EstPeriod.parseWeek("2026-W02").comparisons()).extracting(EstPeriod::key)
                .containsExactly("2026-W01", "2025-W52", "2025-W51", "2025-W50", "2025-W02");
        assertThat(EstPeriod.parseWeek("2021-W01").comparisons()).extracting(EstPeriod::key)
                .containsExactly("2020-W53", "2020-W52", "2020-W51", "2020-W50", "2020-W01");
    }

    @Test
    void monthsAndTertials() {
        EstPeriod t3 = EstPeriod.parseSummary("2025-T3");
        assertThat(t3.start()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(t3.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(t3.comparisons()).extracting(EstPeriod::key).containsExactly("2025-T2", "2024-T3");
        assertThat(EstPeriod.parseSummary("2025-T1").previous().key()).isEqualTo("2024-T3");
        EstPeriod jan = EstPeriod.parseSummary("2025-1");
        assertThat(jan.key()).isEqualTo("2025-01");
        assertThat(jan.comparisons()).extracting(EstPeriod::key).containsExactly("2024-12", "2024-01");
        assertThat(EstPeriod.parseSummary("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> EstPeriod.parseSummary("2025-T4")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> EstPeriod.parseSummary("2025-13")).isInstanceOf(RuleViolationException.class);
        assertThat(EstPeriod.parse("2025-W47").kind()).isEqualTo(PeriodKind.WEEK);
        assertThat(EstPeriod.parse("2025-T2").kind()).isEqualTo(PeriodKind.TERTIAL);
    }

    @Test
    void titles() {
        assertThat(EstDocuments.periodTitle(EstPeriod.parse("2025-W47"))).isEqualTo("Veckolägesbild vecka 47 2025");
        assertThat(EstDocuments.periodTitle(EstPeriod.parse("2025-11"))).isEqualTo("Månadssammanfattning november 2025");
        assertThat(EstDocuments.periodTitle(EstPeriod.parse("2025-T3"))).isEqualTo("Tertialsammanfattning T3 2025 (september–december)");
    }
}
