package org.edugov.registry;

/** A pupil record's status (dict {@code PUPIL_STATUS}); only ENROLLED pupils count as 在校. */
public enum PupilStatus {
    ENROLLED, SUSPENDED, DROPPED_OUT, GRADUATED, DECEASED
}
