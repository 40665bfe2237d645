package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassSizeBandTest {

    @ParameterizedTest
    @CsvSource({"0, NORMAL, false", "45, NORMAL, false", "46, ABOVE_STANDARD, false", "55, ABOVE_STANDARD, false",
        "56, LARGE, true", "65, LARGE, true", "66, VERY_LARGE, true", "120, VERY_LARGE, true"})
    void bandsFollowTheMoeDefinitions(long pupils, ClassSizeBand band, boolean large) {
        assertThat(ClassSizeBand.of(pupils)).isEqualTo(band);
        assertThat(band.min()).isLessThanOrEqualTo((int) pupils);
        assertThat(band.max()).isGreaterThanOrEqualTo((int) pupils);
        ClassSize size = new ClassSize(1, 2, "s", "1419901001", 2026, "P3", "三(1)班", false, false, pupils);
        assertThat(size.large()).isEqualTo(large);
        assertThat(size.veryLarge()).isEqualTo(band == ClassSizeBand.VERY_LARGE);
    }

    @ParameterizedTest
    @CsvSource({"NORMAL, ABOVE_STANDARD", "ABOVE_STANDARD, LARGE", "LARGE, VERY_LARGE"})
    void bandsMeetWithoutGaps(ClassSizeBand lower, ClassSizeBand upper) {
        assertThat(upper.min()).isEqualTo(lower.max() + 1);
    }
}
