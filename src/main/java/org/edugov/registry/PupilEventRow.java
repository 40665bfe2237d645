package org.edugov.registry;

import java.time.LocalDate;

/** One entry of a pupil's status timeline. */
record PupilEventRow(String kind, LocalDate occurredOn, String schoolName, String reason, String actor) {
}
