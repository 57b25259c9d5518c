package se.tryggve.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.tryggve.organisation.MembershipRules.Seat;
import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;

class MembershipRulesTests {

    static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    static final Seat ANNA_CHAIR_2019_2022 = new Seat(1L, 100, MembershipRole.CHAIR, period("2019-01-01", "2022-12-31"));
    static final Seat BO_VICE_OPEN = new Seat(2L, 200, MembershipRole.VICE_CHAIR, period("2019-01-01", null));

    static void check(Seat candidate) {
        MembershipRules.check(candidate, List.of(ANNA_CHAIR_2019_2022, BO_VICE_OPEN));
    }

    @Test
    void samePersonTwiceInOverlappingPeriodsIsRefusedOnThePerson() {
        assertThatThrownBy(() -> check(new Seat(null, 100, MembershipRole.MEMBER, period("2022-12-31", null))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("personId");
    }

    @Test
    void samePersonAfterThePeriodIsFine() {
        assertThatCode(() -> check(new Seat(null, 100, MembershipRole.MEMBER, period("2023-01-01", null))))
                .doesNotThrowAnyException();
    }

    @Test
    void twoChairsOrTwoViceChairsAtOnceAreRefusedOnTheRole() {
        assertThatThrownBy(() -> check(new Seat(null, 300, MembershipRole.CHAIR, period("2022-06-01", "2026-12-31"))))
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("organisation.membership.chairOverlap");
        assertThatThrownBy(() -> check(new Seat(null, 300, MembershipRole.VICE_CHAIR, period("2030-01-01", null))))
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("role");
    }

    @Test
    void aNewChairAfterTheOldOneIsFineAndMembersMayBeMany() {
        assertThatCode(() -> check(new Seat(null, 300, MembershipRole.CHAIR, period("2023-01-01", null))))
                .doesNotThrowAnyException();
        assertThatCode(() -> MembershipRules.check(new Seat(null, 300, MembershipRole.MEMBER, period("2019-01-01", null)),
                List.of(new Seat(5L, 400, MembershipRole.MEMBER, period("2019-01-01", null)),
                        new Seat(6L, 500, MembershipRole.SUBSTITUTE, period("2019-01-01", null)))))
                .doesNotThrowAnyException();
    }

    @Test
    void aSeatDoesNotContradictItselfWhenUpdated() {
        assertThatCode(() -> check(new Seat(1L, 100, MembershipRole.CHAIR, period("2019-01-01", "2021-06-30"))))
                .doesNotThrowAnyException();
    }

    @Test
    void periodsTouchingOnOneDayOverlap() {
        // both ends are inclusive: the old chair's last day cannot be the new chair's first day
        assertThatThrownBy(() -> check(new Seat(null, 300, MembershipRole.CHAIR, period("2022-12-31", null))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedOnTheEnd() {
        assertThatThrownBy(() -> period("2022-01-01", "2021-12-31"))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("validTo");
        assertThatThrownBy(() -> new Period(null, null))
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("validFrom");
    }
}
