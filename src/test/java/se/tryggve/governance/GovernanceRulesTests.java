package se.tryggve.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;

/** The governance rules as plain functions: no Spring, no database. */
class GovernanceRulesTests {

    static final Period PROGRAMME = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31));

    static GoverningDocument document(DocumentStatus status) {
        return new GoverningDocument(1, 1, DocumentKind.PROGRAMME, "P", PROGRAMME, status, null, null, Set.of(), null, 0);
    }

    @Test
    void periodMayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 12, 31)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("validTo");
                    assertThat(e.messageKey()).isEqualTo("shared.period.endsBeforeStart");
                });
    }

    @Test
    void areasMoveByNeighbourSwapAndStayGapFree() {
        List<Long> order = List.of(10L, 20L, 30L);
        assertThat(AreaOrder.moveUp(order, 20L)).containsExactly(20L, 10L, 30L);
        assertThat(AreaOrder.moveDown(order, 20L)).containsExactly(10L, 30L, 20L);
        assertThat(AreaOrder.moveUp(order, 10L)).containsExactly(10L, 20L, 30L);
        assertThat(AreaOrder.moveDown(order, 30L)).containsExactly(10L, 20L, 30L);
        assertThat(AreaOrder.remove(order, 20L)).containsExactly(10L, 30L);
        assertThat(AreaOrder.next(order)).isEqualTo(4);
    }

    @Test
    void copyKeepsOnlyTargetsInsideTheNewPeriodAndOnlyUnfinishedActivities() {
        Period next = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31));
        Map<Integer, BigDecimal> targets = Map.of(2019, BigDecimal.ONE, 2021, new BigDecimal("2"), 2022, BigDecimal.TEN,
                2025, BigDecimal.ONE, 2026, BigDecimal.ZERO);
        assertThat(CopyRules.targetsWithin(targets, next)).containsOnlyKeys(2022, 2025);
        assertThat(CopyRules.carriesOver(ActivityStatus.PLANNED)).isTrue();
        assertThat(CopyRules.carriesOver(ActivityStatus.ONGOING)).isTrue();
        assertThat(CopyRules.carriesOver(ActivityStatus.DONE)).isFalse();
        assertThat(CopyRules.carriesOver(ActivityStatus.CANCELLED)).isFalse();
    }

    @Test
    void newPeriodMustStartAfterTheOldStartsAndNotEndBeforeItStarts() {
        assertThat(CopyRules.newPeriod(PROGRAMME, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)).from())
                .isEqualTo(LocalDate.of(2022, 1, 1));
        assertThatThrownBy(() -> CopyRules.newPeriod(PROGRAMME, LocalDate.of(2018, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.copy.mustStartLater"));
        assertThatThrownBy(() -> CopyRules.newPeriod(PROGRAMME, LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
    }

    @Test
    void koladaIdIsOneCapitalAndFiveDigitsAndRequiredForKolada() {
        assertThat(Indicator.checkKolada(IndicatorSource.KOLADA, "N07540")).isEqualTo("N07540");
        assertThat(Indicator.checkKolada(IndicatorSource.SURVEY, null)).isNull();
        for (String bad : List.of("n07540", "N0754", "N075401", "NN7540", "07540N")) {
            assertThatThrownBy(() -> Indicator.checkKolada(IndicatorSource.KOLADA, bad))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("governance.indicator.koladaInvalid"));
        }
        assertThatThrownBy(() -> Indicator.checkKolada(IndicatorSource.KOLADA, " "))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.indicator.koladaRequired"));
    }

    @Test
    void documentLifeCycleIsGuarded() {
        AdoptingDecision decision = new AdoptingDecision("Kommunfullmäktige", LocalDate.of(2018, 6, 18), null, "KS-2016/1151.149");
        GoverningDocument adopted = document(DocumentStatus.DRAFT).adopt(decision);
        assertThat(adopted.status()).isEqualTo(DocumentStatus.ADOPTED);
        assertThatThrownBy(() -> adopted.adopt(decision)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> document(DocumentStatus.DRAFT).adopt(null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> document(DocumentStatus.DRAFT).adopt(new AdoptingDecision(" ", null, null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> document(DocumentStatus.DRAFT).expire()).isInstanceOf(RuleViolationException.class);
        GoverningDocument expired = adopted.expire();
        assertThat(expired.status()).isEqualTo(DocumentStatus.EXPIRED);
        assertThatThrownBy(expired::checkEditable).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void activityStatusTransitionsAreGuarded() {
        Activity.checkTransition(ActivityStatus.PLANNED, ActivityStatus.ONGOING);
        Activity.checkTransition(ActivityStatus.ONGOING, ActivityStatus.DONE);
        Activity.checkTransition(ActivityStatus.DONE, ActivityStatus.ONGOING);
        Activity.checkTransition(ActivityStatus.CANCELLED, ActivityStatus.PLANNED);
        Activity.checkTransition(ActivityStatus.DONE, ActivityStatus.DONE);
        assertThatThrownBy(() -> Activity.checkTransition(ActivityStatus.CANCELLED, ActivityStatus.DONE))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Activity.checkTransition(ActivityStatus.DONE, ActivityStatus.CANCELLED))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void activityYearsMustFormAPeriod() {
        Activity.checkYears(2019, 2021);
        Activity.checkYears(2019, null);
        assertThatThrownBy(() -> Activity.checkYears(2021, 2019)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.field()).isEqualTo("endYear"));
    }

    @Test
    void targetsParseAsYearEqualsValue() {
        assertThat(Forms.IndicatorForm.parseTargets("2020=65\n2021 = 70,5")).containsEntry(2020, new BigDecimal("65"))
                .containsEntry(2021, new BigDecimal("70.5"));
        assertThatThrownBy(() -> Forms.IndicatorForm.parseTargets("tjugo=1")).isInstanceOf(RuleViolationException.class);
    }
}
