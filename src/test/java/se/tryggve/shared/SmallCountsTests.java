package se.tryggve.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallCountsTests {

    @ParameterizedTest
    @CsvSource({"0, false", "1, true", "4, true", "5, false", "120, false"})
    void onlyOneToFourAreSuppressed(int count, boolean suppressed) {
        assertThat(SmallCounts.suppressed(count)).isEqualTo(suppressed);
    }
}
