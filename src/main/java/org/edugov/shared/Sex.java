package org.edugov.shared;

/**
 * Sex as recorded on the resident identity card; the only two values the card knows.
 */
public enum Sex {
    MALE,
    FEMALE
}
