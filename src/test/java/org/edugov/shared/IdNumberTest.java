package org.edugov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.edugov.shared.IdNumberException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    private static final String EXAMPLE = "11010519491231002X";
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void standardExampleIsValid() {
        IdNumber id = IdNumber.parse(EXAMPLE);

        assertThat(id.value()).isEqualTo(EXAMPLE);
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.wasUpgraded()).isFalse();
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(IdNumber.isValid(EXAMPLE)).isTrue();
        assertThat(IdNumber.tryParse(EXAMPLE)).contains(id);
    }

    @Test
    void oddSequenceDigitIsMale() {
        assertThat(IdNumber.parse("110105194912310038").sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void toStringNeverShowsTheFullNumber() {
        assertThat(IdNumber.parse(EXAMPLE).toString()).isEqualTo("110105********002X");
    }

    @Test
    void everyWrongCheckDigitIsRejected() {
        for (char c : "0123456789".toCharArray()) {
            String candidate = EXAMPLE.substring(0, 17) + c;
            assertReason(candidate, Reason.CHECK_DIGIT);
        }
    }

    @Test
    void fifteenDigitNumberIsUpgraded() {
        IdNumber id = IdNumber.parse("110105491231002");

        assertThat(id.value()).isEqualTo(EXAMPLE);
        assertThat(id.wasUpgraded()).isTrue();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void lowercaseXAndSurroundingWhitespaceAreAccepted() {
        assertThat(IdNumber.parse(" 11010519491231002x\t").value()).isEqualTo(EXAMPLE);
        assertThat(IdNumber.parse("\u300011010519491231002X").value()).isEqualTo(EXAMPLE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankIsRejected(String raw) {
        assertReason(raw, Reason.BLANK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100", "11010519491231002", "11010519491231002X1", "110105", "11010549123100"})
    void wrongLengthIsRejected(String raw) {
        assertReason(raw, Reason.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100AX", "A1010519491231002X", "11010519491231002Y",
            "11010549123100X", "１１010519491231002X", "110105 94912310"})
    void lettersAndOtherCharactersAreRejected(String raw) {
        assertReason(raw, Reason.CHARACTERS);
    }

    @Test
    void unknownProvinceIsRejected() {
        assertReason("990105194912310023", Reason.REGION);
        assertReason("000105194912310023", Reason.REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105199902300023", "110105199913010021", "110105194900000024",
            "110105194912000021", "110105189912310023", "110105490230002"})
    void impossibleBirthDateIsRejected(String raw) {
        assertReason(raw, Reason.BIRTH_DATE);
    }

    @Test
    void futureBirthDateIsRejected() {
        assertThatThrownBy(() -> IdNumber.parse("110105202506020024", TODAY))
                .isInstanceOfSatisfying(IdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BIRTH_DATE));
        assertThat(IdNumber.parse("110105202506010029", TODAY).birthDate()).isEqualTo(TODAY);
    }

    @Test
    void leapDayBirthIsAccepted() {
        assertThat(IdNumber.parse("110105200002290013").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void exceptionKeepsRawButMasksItsMessage() {
        String raw = "110105194912310021";
        assertThatThrownBy(() -> IdNumber.parse(raw))
                .isInstanceOfSatisfying(IdNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CHECK_DIGIT);
                    assertThat(e.raw()).isEqualTo(raw);
                    assertThat(e.getMessage()).isEqualTo("CHECK_DIGIT: 110105********0021");
                });
    }

    @Test
    void tryParseAndIsValidSwallowFailures() {
        assertThat(IdNumber.tryParse("110105194912310021")).isEmpty();
        assertThat(IdNumber.tryParse(null)).isEmpty();
        assertThat(IdNumber.isValid("abc")).isFalse();
    }

    @Test
    void ageCountsCompletedYearsIncludingTheBirthday() {
        IdNumber id = IdNumber.parse(EXAMPLE);

        assertThat(id.ageOn(LocalDate.of(2025, 12, 30))).isEqualTo(75);
        assertThat(id.ageOn(LocalDate.of(2025, 12, 31))).isEqualTo(76);
        assertThat(id.ageOn(LocalDate.of(1949, 12, 31))).isZero();
    }

    @Test
    void leapDayBirthCompletesTheYearOnFirstMarch() {
        IdNumber id = IdNumber.parse("110105200002290013");

        assertThat(id.ageOn(LocalDate.of(2001, 2, 28))).isZero();
        assertThat(id.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
        assertThat(id.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
    }

    @Test
    void ageBeforeBirthIsAnError() {
        IdNumber id = IdNumber.parse(EXAMPLE);
        assertThatThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIsOnTheEighteenDigitValue() {
        IdNumber modern = IdNumber.parse(EXAMPLE);
        IdNumber upgraded = IdNumber.parse("110105491231002");
        IdNumber other = IdNumber.parse("110105194912310038");

        assertThat(modern).isEqualTo(upgraded).hasSameHashCodeAs(upgraded);
        assertThat(modern).isNotEqualTo(other);
        assertThat(modern).isNotEqualTo(EXAMPLE);
    }

    private static void assertReason(String raw, Reason expected) {
        assertThatThrownBy(() -> IdNumber.parse(raw, TODAY))
                .isInstanceOfSatisfying(IdNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(expected);
                    assertThat(e.raw()).isEqualTo(raw);
                });
    }

    @Test
    void checkDigitForGeneratesNumbersThatParse() {
        assertThat(IdNumber.checkDigitFor("11010519491231002")).isEqualTo('X');
        String body = "41990120170301011";
        assertThat(IdNumber.parse(body + IdNumber.checkDigitFor(body), TODAY).value()).startsWith(body);
        assertThatThrownBy(() -> IdNumber.checkDigitFor("4199012017030101")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.checkDigitFor("4199012017030101X")).isInstanceOf(IllegalArgumentException.class);
    }
}
