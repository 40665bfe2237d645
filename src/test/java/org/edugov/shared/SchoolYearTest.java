package org.edugov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolYearTest {

    private final SchoolYear y2025 = SchoolYear.of(2025);

    @Test
    void runsFromFirstSeptemberToThirtyFirstAugust() {
        assertThat(y2025.startYear()).isEqualTo(2025);
        assertThat(y2025.start()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(y2025.end()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(y2025.referenceDate()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void containingSwitchesOnFirstSeptember() {
        assertThat(SchoolYear.containing(LocalDate.of(2025, 8, 31))).isEqualTo(SchoolYear.of(2024));
        assertThat(SchoolYear.containing(LocalDate.of(2025, 9, 1))).isEqualTo(SchoolYear.of(2025));
        assertThat(SchoolYear.containing(LocalDate.of(2025, 12, 31))).isEqualTo(SchoolYear.of(2025));
        assertThat(SchoolYear.containing(LocalDate.of(2026, 1, 1))).isEqualTo(SchoolYear.of(2025));
    }

    @Test
    void containsIncludesBothEnds() {
        assertThat(y2025.contains(LocalDate.of(2025, 8, 31))).isFalse();
        assertThat(y2025.contains(LocalDate.of(2025, 9, 1))).isTrue();
        assertThat(y2025.contains(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(y2025.contains(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(y2025.contains(LocalDate.of(2026, 9, 1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-2026", "2025/2026", "2025—2026", "2025——2026", "2025–2026", "2025－2026",
            "2025学年", "2025-2026学年", " 2025 - 2026 ", "2025 学年"})
    void parsesCommonSpellings(String text) {
        assertThat(SchoolYear.parse(text)).isEqualTo(y2025);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-2027", "2025-2025", "2026-2025", "2025", "25-26", "2025.2026", "学年", "",
            "2025-2026-2027", "abcd-efgh"})
    void rejectsAnythingElseNamingTheText(String text) {
        assertThatThrownBy(() -> SchoolYear.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> SchoolYear.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void navigatesBetweenYears() {
        assertThat(y2025.next()).isEqualTo(SchoolYear.of(2026));
        assertThat(y2025.previous()).isEqualTo(SchoolYear.of(2024));
        assertThat(y2025.minusYears(3)).isEqualTo(SchoolYear.of(2022));
        assertThat(y2025.minusYears(0)).isEqualTo(y2025);
        assertThat(y2025.minusYears(-1)).isEqualTo(SchoolYear.of(2026));
        assertThat(y2025.previous().end().plusDays(1)).isEqualTo(y2025.start());
    }

    @Test
    void labelAndToStringRoundTrip() {
        assertThat(y2025.label()).isEqualTo("2025-2026");
        assertThat(y2025).hasToString("2025-2026");
        assertThat(SchoolYear.parse(y2025.label())).isEqualTo(y2025);
    }

    @Test
    void sortsChronologically() {
        List<SchoolYear> years = new ArrayList<>(List.of(SchoolYear.of(2026), SchoolYear.of(2019), y2025));
        Collections.sort(years);
        assertThat(years).containsExactly(SchoolYear.of(2019), y2025, SchoolYear.of(2026));
        assertThat(y2025.compareTo(SchoolYear.of(2025))).isZero();
    }

    @Test
    void rejectsYearsOutsideFourDigits() {
        assertThatThrownBy(() -> SchoolYear.of(1899)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchoolYear.of(9999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchoolYear.of(1900).previous()).isInstanceOf(IllegalArgumentException.class);
    }
}
