package org.edugov.registry;

import java.time.LocalDate;

/** One entry of a pupil's status history, at the school named by its code (the sending school for TRANSFER_OUT). */
public record BulkPupilEvent(String schoolCode, PupilEventKind kind, LocalDate occurredOn, String reason) {
}
