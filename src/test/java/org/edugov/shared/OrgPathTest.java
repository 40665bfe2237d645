package org.edugov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrgPathTest {

    private final OrgPath city = OrgPath.of("/1/7/");
    private final OrgPath school = OrgPath.of("/1/7/42/");

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "1/7/", "/1/7", "//", "/1//7/", "/a/", "/1/%/", "/1/_/", "/-1/"})
    void rejectsMalformedPaths(String value) {
        assertThatThrownBy(() -> OrgPath.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(value);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> OrgPath.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void buildsFromRootAndChildren() {
        assertThat(OrgPath.root(1).child(7).child(42)).isEqualTo(school);
        assertThat(OrgPath.root(1)).hasToString("/1/");
    }

    @Test
    void exposesIdsUnitAndDepth() {
        assertThat(school.ids()).containsExactly(1L, 7L, 42L);
        assertThat(school.unitId()).isEqualTo(42L);
        assertThat(school.depth()).isEqualTo(3);
        assertThat(OrgPath.root(5).depth()).isEqualTo(1);
    }

    @Test
    void containsItselfAndDescendantsOnly() {
        assertThat(city.contains(city)).isTrue();
        assertThat(city.contains(school)).isTrue();
        assertThat(school.contains(city)).isFalse();
        assertThat(city.contains(OrgPath.of("/1/8/"))).isFalse();
        // The trailing slash keeps unit 7 from swallowing unit 70.
        assertThat(city.contains(OrgPath.of("/1/70/"))).isFalse();
    }

    @Test
    void subtreePatternIsPrefixMatch() {
        assertThat(city.subtreePattern()).isEqualTo("/1/7/%");
    }

    @Test
    void rebaseMovesDescendants() {
        OrgPath newCity = OrgPath.of("/2/9/");

        assertThat(city.rebase(school, newCity)).isEqualTo(OrgPath.of("/2/9/42/"));
        assertThat(city.rebase(city, newCity)).isEqualTo(newCity);
        assertThatThrownBy(() -> school.rebase(city, newCity)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesByValue() {
        assertThat(city.compareTo(school)).isNegative();
        assertThat(school.compareTo(city)).isPositive();
        assertThat(city.compareTo(OrgPath.of("/1/7/"))).isZero();
    }
}
