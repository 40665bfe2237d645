package org.edugov.shared;

/** 学段, as in the dictionary {@code STAGE}; indicators are defined per stage. */
public enum Stage {
    PRESCHOOL, PRIMARY, JUNIOR, SENIOR, VOCATIONAL, SPECIAL
}
