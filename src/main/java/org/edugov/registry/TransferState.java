package org.edugov.registry;

/** Where a transfer stands; the AWAITING states name who decides next. */
public enum TransferState {
    AWAITING_FROM_SCHOOL, AWAITING_FROM_COUNTY, AWAITING_TO_COUNTY, COMPLETED, REJECTED, CANCELLED;

    public boolean open() {
        return name().startsWith("AWAITING");
    }
}
