package org.edugov.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.edugov.shared.SchoolYear;

/** The school years a list page offers in its year filter: the current one and five before it. */
final class YearChoices {

    private static final int OFFERED = 6;

    private YearChoices() {
    }

    /** The recent school years, latest first, and the chosen one at the end if it is older. */
    static List<SchoolYear> offered(LocalDate today, SchoolYear chosen) {
        SchoolYear current = SchoolYear.containing(today);
        List<SchoolYear> years = new ArrayList<>(IntStream.range(0, OFFERED).mapToObj(current::minusYears).toList());
        if (!years.contains(chosen)) {
            years.add(chosen);
        }
        return years;
    }
}
