package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;

class TeacherPostingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void completedYearsDecideRotation() {
        assertThat(TeacherPostingRules.yearsAtSchool(LocalDate.of(2020, 11, 28), TODAY)).hasValue(5);
        assertThat(TeacherPostingRules.dueForRotation(LocalDate.of(2020, 11, 28), TODAY)).isFalse();
        assertThat(TeacherPostingRules.yearsAtSchool(LocalDate.of(2020, 11, 27), TODAY)).hasValue(6);
        assertThat(TeacherPostingRules.dueForRotation(LocalDate.of(2020, 11, 27), TODAY)).isTrue();
        assertThat(TeacherPostingRules.dueForRotation(LocalDate.of(2001, 9, 1), TODAY)).isTrue();
    }

    @Test
    void anUnknownStartGivesNoYearsAndNoRotation() {
        assertThat(TeacherPostingRules.yearsAtSchool(null, TODAY)).isEqualTo(OptionalInt.empty());
        assertThat(TeacherPostingRules.yearsAtSchool(TeacherPostingRules.UNKNOWN_START, TODAY)).isEmpty();
        assertThat(TeacherPostingRules.dueForRotation(TeacherPostingRules.UNKNOWN_START, TODAY)).isFalse();
    }

    @Test
    void aNewPostingStartsAfterTheCurrentOneAndNotInTheFuture() {
        LocalDate start = LocalDate.of(2019, 9, 1);
        assertThatCode(() -> TeacherPostingRules.checkNewPosting(1L, start, 2, start.plusDays(1), TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> TeacherPostingRules.checkNewPosting(null, null, 2, TODAY, TODAY))
                .doesNotThrowAnyException();
        assertRefused(1L, start, 2, start, "posting.date.beforeStart");
        assertRefused(1L, start, 2, start.minusYears(1), "posting.date.beforeStart");
        assertRefused(1L, start, 2, TODAY.plusDays(1), "posting.date.future");
        assertRefused(1L, start, 2, null, "posting.date.required");
        assertRefused(2L, start, 2, TODAY, "posting.sameSchool");
        assertThatCode(() -> TeacherPostingRules.checkNewPosting(1L, TeacherPostingRules.UNKNOWN_START, 2,
                LocalDate.of(2000, 1, 1), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void theRefusalNamesTheStartOfTheCurrentPosting() {
        assertThatThrownBy(() -> TeacherPostingRules.checkNewPosting(1L, LocalDate.of(2019, 9, 1), 2,
                LocalDate.of(2019, 3, 1), TODAY)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).args()[0]).isEqualTo("2019-09-01");
    }

    private static void assertRefused(Long current, LocalDate start, long to, LocalDate effective, String key) {
        assertThatThrownBy(() -> TeacherPostingRules.checkNewPosting(current, start, to, effective, TODAY))
                .isInstanceOf(UserError.class).extracting(e -> ((UserError) e).messageKey()).isEqualTo(key);
    }
}
