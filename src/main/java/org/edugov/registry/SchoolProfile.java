package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;

/** The registry's facts about one school that do not change within a year. */
record SchoolProfile(String ownership, boolean inclusivePrivate, LocalDate inclusiveSince, String urbanRural,
        List<String> stages, boolean boarding) {

    SchoolProfile {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
