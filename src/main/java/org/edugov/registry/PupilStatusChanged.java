package org.edugov.registry;

import java.time.LocalDate;

/** Published when a pupil's status changes, so that indicator values depending on it can be refreshed. */
public record PupilStatusChanged(long pupilId, long schoolId, String countyCode, PupilStatus from, PupilStatus to,
        LocalDate on) {
}
