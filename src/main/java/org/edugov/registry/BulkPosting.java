package org.edugov.registry;

import java.time.LocalDate;

/** A period a teacher was posted to a school; {@code validTo} is exclusive, null while it lasts. */
public record BulkPosting(String schoolCode, LocalDate validFrom, LocalDate validTo) {
}
