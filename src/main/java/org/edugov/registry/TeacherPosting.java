package org.edugov.registry;

import java.time.LocalDate;

/** A period a teacher was posted to a school; {@code validTo} is exclusive and null while it lasts. */
record TeacherPosting(long schoolId, String schoolName, LocalDate validFrom, LocalDate validTo) {

    public boolean current() {
        return validTo == null;
    }

    /** The start is unknown when the posting came from an import without a start date. */
    public boolean startKnown() {
        return !TeacherPostingRules.UNKNOWN_START.equals(validFrom);
    }
}
