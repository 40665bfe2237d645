package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public holidays and make-up working days (调休) for approval deadlines, per the State Council's yearly
 * notice on holiday arrangements. Empty by default: then only weekends are skipped. Set them with
 * {@code edugov.calendar.holidays} and {@code edugov.calendar.workdays} (ISO dates).
 */
@ConfigurationProperties("edugov.calendar")
record CalendarProperties(List<LocalDate> holidays, List<LocalDate> workdays) {

    CalendarProperties {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    WorkingDays workingDays() {
        return new WorkingDays(java.util.Set.copyOf(holidays), java.util.Set.copyOf(workdays));
    }
}
