package org.edugov.registry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days for approval deadlines: Monday to Friday, minus public holidays, plus the weekend days made
 * working days (调休). Both lists come from configuration, following the State Council's yearly notice.
 */
final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkdays;

    WorkingDays(Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.extraWorkdays = Set.copyOf(extraWorkdays);
    }

    boolean isWorkingDay(LocalDate day) {
        if (extraWorkdays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The n-th working day after {@code start}; a request made on a Friday is due ten working days later. */
    LocalDate plus(LocalDate start, int n) {
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
