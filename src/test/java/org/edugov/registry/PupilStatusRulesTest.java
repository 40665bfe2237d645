package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PupilStatusRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate LAST = LocalDate.of(2025, 9, 1);

    @ParameterizedTest
    @CsvSource({
        "ENROLLED, SUSPEND, SUSPENDED", "ENROLLED, DROP_OUT, DROPPED_OUT", "ENROLLED, GRADUATE, GRADUATED",
        "ENROLLED, DECEASE, DECEASED", "SUSPENDED, RESUME, ENROLLED", "SUSPENDED, DROP_OUT, DROPPED_OUT",
        "DROPPED_OUT, RETURN, ENROLLED", "GRADUATED, DECEASE, DECEASED"})
    void allowedTransitions(PupilStatus from, PupilEventKind kind, PupilStatus to) {
        assertThat(PupilStatusRules.apply(from, kind, TODAY, LAST, TODAY, "原因")).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({"ENROLLED, RESUME", "ENROLLED, RETURN", "SUSPENDED, GRADUATE", "DROPPED_OUT, SUSPEND",
        "GRADUATED, RETURN", "DECEASED, RESUME", "ENROLLED, TRANSFER_OUT", "ENROLLED, ENROL"})
    void refusedTransitions(PupilStatus from, PupilEventKind kind) {
        assertRefused(() -> PupilStatusRules.apply(from, kind, TODAY, LAST, TODAY, "原因"), "pupil.event.notAllowed");
    }

    @Test
    void datesAndReasons() {
        assertRefused(() -> PupilStatusRules.apply(PupilStatus.ENROLLED, PupilEventKind.SUSPEND, TODAY.plusDays(1), LAST,
                TODAY, "病"), "pupil.event.dateInvalid");
        assertRefused(() -> PupilStatusRules.apply(PupilStatus.ENROLLED, PupilEventKind.SUSPEND, LAST.minusDays(1),
                LAST, TODAY, "病"), "pupil.event.beforeLast");
        assertRefused(() -> PupilStatusRules.apply(PupilStatus.ENROLLED, PupilEventKind.DROP_OUT, TODAY, LAST, TODAY,
                " "), "pupil.event.reasonRequired");
        assertThat(PupilStatusRules.apply(PupilStatus.SUSPENDED, PupilEventKind.RESUME, LAST, LAST, TODAY, null))
                .isEqualTo(PupilStatus.ENROLLED);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo(key);
    }
}
