package org.edugov.registry;

import java.time.LocalDate;
import org.edugov.shared.UserError;

/**
 * The 转学 approval chain, plain Java: the sending school (转出校), then the sending county (转出县), then
 * the receiving county (转入县). Within one county the county decides once. Each step is due ten working
 * days after it started; a step still open after its due date is overdue.
 */
final class TransferWorkflow {

    static final int DAYS_PER_STEP = 10;

    private final WorkingDays calendar;

    TransferWorkflow(WorkingDays calendar) {
        this.calendar = calendar;
    }

    /** The state after an approval at the current step. */
    static TransferState approve(TransferState state, boolean sameCounty) {
        return switch (state) {
            case AWAITING_FROM_SCHOOL -> TransferState.AWAITING_FROM_COUNTY;
            case AWAITING_FROM_COUNTY -> sameCounty ? TransferState.COMPLETED : TransferState.AWAITING_TO_COUNTY;
            case AWAITING_TO_COUNTY -> TransferState.COMPLETED;
            default -> throw UserError.conflict("transfer.closed");
        };
    }

    static TransferState reject(TransferState state) {
        if (!state.open()) {
            throw UserError.conflict("transfer.closed");
        }
        return TransferState.REJECTED;
    }

    static TransferState cancel(TransferState state) {
        if (!state.open()) {
            throw UserError.conflict("transfer.closed");
        }
        return TransferState.CANCELLED;
    }

    LocalDate dueOn(LocalDate stepStarted) {
        return calendar.plus(stepStarted, DAYS_PER_STEP);
    }

    boolean overdue(TransferState state, LocalDate stepStarted, LocalDate today) {
        return state.open() && today.isAfter(dueOn(stepStarted));
    }
}
