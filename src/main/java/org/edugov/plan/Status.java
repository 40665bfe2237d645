package org.edugov.plan;

/** Where a target or a task stands. */
enum Status {
    DONE, ON_TRACK, AT_RISK, OVERDUE,
    /** A target without a current value, or a task without a deadline: nothing to judge by. */
    UNKNOWN
}
