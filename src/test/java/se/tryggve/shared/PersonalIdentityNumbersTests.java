package se.tryggve.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The narrative's guard: valid personal identity and coordination numbers are found, other numbers are not. */
class PersonalIdentityNumbersTests {

    @ParameterizedTest(name = "found: {0}")
    @ValueSource(strings = {
            "811218-9876",                               // Skatteverket's example, YYMMDD-NNNN
            "Personen har nummer 811218-9876 enligt polisen.",
            "19811218-9876",                             // YYYYMMDD-NNNN
            "198112189876",                              // YYYYMMDDNNNN
            "8112189876",                                // YYMMDDNNNN
            "811218+9876",                               // over 100 years old
            "701063-2391",                               // samordningsnummer: day 63 = 3rd, valid check digit
            "(811218-9876)"})
    void refusesValidNumbers(String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).isTrue();
    }

    @ParameterizedTest(name = "not found: {0}")
    @ValueSource(strings = {
            "811218-9875",                               // wrong check digit
            "811318-9876",                               // month 13
            "Kommunen hade 12 samordningsmöten och 142 deltagare 2019.",
            "KS-2022/177.173",
            "Kostnaden var 1 234 567 kr.",
            "1234567890123",                             // part of a longer number
            "298112189876",                              // no such century
            ""})
    void letsOtherTextThrough(String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void nullIsNoNumber() {
        assertThat(PersonalIdentityNumbers.containsOne(null)).isFalse();
    }
}
