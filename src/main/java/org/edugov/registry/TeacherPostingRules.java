package org.edugov.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import org.edugov.shared.UserError;

/**
 * Postings (任职) of a teacher: how many full years a teacher has served at the current school, which makes them
 * eligible for 交流轮岗 (rotation), and what a new posting must satisfy. Plain Java, unit-tested alone.
 */
final class TeacherPostingRules {

    /**
     * Full years at the same school after which a teacher is due to rotate. The national rule leaves the trigger to
     * the provinces; six years (Anhui and others) is the common one.
     */
    static final int ROTATION_YEARS = 6;

    /** The start recorded for a posting whose real start nobody knew when it was imported. */
    static final LocalDate UNKNOWN_START = LocalDate.of(1900, 1, 1);

    private TeacherPostingRules() {
    }

    /** Completed years at the current school on {@code today}; empty when the start is not known. */
    static OptionalInt yearsAtSchool(LocalDate since, LocalDate today) {
        if (since == null || since.equals(UNKNOWN_START) || since.isAfter(today)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(since, today).getYears());
    }

    static boolean dueForRotation(LocalDate since, LocalDate today) {
        OptionalInt years = yearsAtSchool(since, today);
        return years.isPresent() && years.getAsInt() >= ROTATION_YEARS;
    }

    /**
     * Refuses a new posting that starts on no day, in the future, not after the current posting began (the old
     * posting would end before it started), or at the school the teacher is already posted to.
     *
     * @param currentStart start of the open posting, null when the teacher is posted nowhere
     */
    static void checkNewPosting(Long currentSchoolId, LocalDate currentStart, long toSchoolId, LocalDate effective,
            LocalDate today) {
        if (effective == null) {
            throw UserError.invalid("posting.date.required");
        }
        if (effective.isAfter(today)) {
            throw UserError.invalid("posting.date.future");
        }
        if (currentSchoolId != null && currentSchoolId == toSchoolId) {
            throw UserError.invalid("posting.sameSchool");
        }
        if (currentStart != null && !effective.isAfter(currentStart)) {
            throw UserError.invalid("posting.date.beforeStart", currentStart.toString());
        }
    }
}
