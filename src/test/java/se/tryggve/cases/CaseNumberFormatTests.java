package se.tryggve.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.tryggve.shared.RuleViolationException;

class CaseNumberFormatTests {

    @Test
    void formatsTheMunicipalitiesExamples() {
        assertThat(new CaseNumberFormat("KS-{year}/{serial}.{class}").format(2022, 177, "173", "KS")).isEqualTo("KS-2022/177.173");
        assertThat(new CaseNumberFormat("SLK-{year}-{serial:5}").format(2024, 194, null, "SLK")).isEqualTo("SLK-2024-00194");
        assertThat(new CaseNumberFormat("{registry} {year}:{serial:3}").format(2025, 7, null, "BUN")).isEqualTo("BUN 2025:007");
    }

    @Test
    void aSerialWiderThanItsPaddingIsKeptWhole() {
        assertThat(new CaseNumberFormat("X-{serial:2}").format(2024, 1234, null, "X")).isEqualTo("X-1234");
    }

    @Test
    void knowsWhetherItNeedsTheClassification() {
        assertThat(new CaseNumberFormat("KS-{year}/{serial}.{class}").usesClassification()).isTrue();
        assertThat(new CaseNumberFormat("KS-{year}/{serial}").usesClassification()).isFalse();
    }

    @Test
    void refusesFormatsWithoutSerialUnknownPlaceholdersOrTooLong() {
        assertRefused("KS-{year}", "cases.format.serialMissing");
        assertRefused("KS-{year}/{serial}.{klass}", "cases.format.unknownPlaceholder");
        assertRefused("KS-{serial:0}", "cases.format.unknownPlaceholder");
        assertRefused("KS-{serial:12}", "cases.format.unknownPlaceholder");
        assertRefused("KS-{serial}}", "cases.format.unbalanced");
        assertRefused("KS-{serial}-{", "cases.format.unbalanced");
        assertRefused(" ", "cases.format.required");
        assertRefused("{serial}" + "x".repeat(93), "cases.format.tooLong");
        assertThat(new CaseNumberFormat("{serial}" + "x".repeat(92)).pattern()).hasSize(100);
    }

    private static void assertRefused(String pattern, String key) {
        assertThatThrownBy(() -> new CaseNumberFormat(pattern)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("numberFormat");
        });
    }
}
