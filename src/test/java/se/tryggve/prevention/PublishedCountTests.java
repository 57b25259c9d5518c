package se.tryggve.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statistical disclosure control of published counts: 1–4 suppressed, 0 and 5+ shown, unreported missing. */
class PublishedCountTests {

    @ParameterizedTest(name = "{0} → value {1}, suppressed {2}")
    @CsvSource({
            "0,    0,   false",
            "1,     ,   true",
            "3,     ,   true",
            "4,     ,   true",
            "5,    5,   false",
            "142,  142, false"})
    void countsUnderFiveAreSuppressed(int count, Integer value, boolean suppressed) {
        PublishedCount c = PublishedCount.of(count);
        assertThat(c.value()).isEqualTo(value);
        assertThat(c.suppressed()).isEqualTo(suppressed);
        assertThat(c.missing()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void anUnreportedCountIsMissingNotZero() {
        PublishedCount c = PublishedCount.of(null);
        assertThat(c.missing()).isTrue();
        assertThat(c.suppressed()).isFalse();
        assertThat(c.value()).isNull();
    }
}
