package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransferWorkflowTest {

    private final TransferWorkflow workflow = new TransferWorkflow(new WorkingDays(
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), Set.of(LocalDate.of(2026, 9, 27))));

    @Test
    void threeStepsBetweenCountiesAndTwoWithinOne() {
        assertThat(TransferWorkflow.approve(TransferState.AWAITING_FROM_SCHOOL, false))
                .isEqualTo(TransferState.AWAITING_FROM_COUNTY);
        assertThat(TransferWorkflow.approve(TransferState.AWAITING_FROM_COUNTY, false))
                .isEqualTo(TransferState.AWAITING_TO_COUNTY);
        assertThat(TransferWorkflow.approve(TransferState.AWAITING_TO_COUNTY, false)).isEqualTo(TransferState.COMPLETED);
        assertThat(TransferWorkflow.approve(TransferState.AWAITING_FROM_COUNTY, true)).isEqualTo(TransferState.COMPLETED);
    }

    @ParameterizedTest
    @EnumSource(value = TransferState.class, names = {"COMPLETED", "REJECTED", "CANCELLED"})
    void aClosedTransferTakesNoMoreDecisions(TransferState closed) {
        for (Runnable decision : new Runnable[] {() -> TransferWorkflow.approve(closed, false),
            () -> TransferWorkflow.reject(closed), () -> TransferWorkflow.cancel(closed)}) {
            assertThatThrownBy(decision::run).isInstanceOf(UserError.class)
                    .extracting(e -> ((UserError) e).messageKey()).isEqualTo("transfer.closed");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TransferState.class, names = {"AWAITING_FROM_SCHOOL", "AWAITING_FROM_COUNTY", "AWAITING_TO_COUNTY"})
    void anyOpenStepCanRejectOrBeCancelled(TransferState open) {
        assertThat(TransferWorkflow.reject(open)).isEqualTo(TransferState.REJECTED);
        assertThat(TransferWorkflow.cancel(open)).isEqualTo(TransferState.CANCELLED);
    }

    @Test
    void tenWorkingDaysSkipWeekendsAndHolidaysAndCountMakeUpDays() {
        LocalDate friday = LocalDate.of(2026, 11, 13);
        assertThat(workflow.dueOn(friday)).isEqualTo(LocalDate.of(2026, 11, 27));
        LocalDate started = LocalDate.of(2026, 9, 25);
        // Sep 27 (Sunday) is a make-up working day; Oct 1 and 2 are holidays
        assertThat(workflow.dueOn(started)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void overdueOnlyAfterTheTenthWorkingDayAndOnlyWhileOpen() {
        LocalDate friday = LocalDate.of(2026, 11, 13);
        assertThat(workflow.overdue(TransferState.AWAITING_FROM_SCHOOL, friday, LocalDate.of(2026, 11, 27))).isFalse();
        assertThat(workflow.overdue(TransferState.AWAITING_FROM_SCHOOL, friday, LocalDate.of(2026, 11, 28))).isTrue();
        assertThat(workflow.overdue(TransferState.COMPLETED, friday, LocalDate.of(2026, 12, 28))).isFalse();
    }
}
