package org.edugov.registry;

/** What happened to a pupil on a date: the status history is a list of these, never an overwrite. */
public enum PupilEventKind {
    ENROL, TRANSFER_OUT, TRANSFER_IN, SUSPEND, RESUME, DROP_OUT, RETURN, GRADUATE, DECEASE
}
