package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The school profile form as posted. */
record SchoolProfileForm(String ownership, Boolean inclusivePrivate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inclusiveSince, String urbanRural,
        List<String> stages, Boolean boarding) {

    static SchoolProfileForm of(SchoolProfile p) {
        return new SchoolProfileForm(p.ownership(), p.inclusivePrivate(), p.inclusiveSince(), p.urbanRural(),
                p.stages(), p.boarding());
    }
}
