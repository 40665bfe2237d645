package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The registry's API for recording school profiles in bulk (demo data, migrations from other systems). */
@Component
public class SchoolProfiles {

    private final SchoolQueries schools;

    SchoolProfiles(SchoolQueries schools) {
        this.schools = schools;
    }

    public void save(long schoolId, String countyCode, String ownership, boolean inclusivePrivate,
            LocalDate inclusiveSince, String urbanRural, List<String> stages, boolean boarding, String actor) {
        schools.saveProfile(schoolId, countyCode, new SchoolProfile(ownership, inclusivePrivate, inclusiveSince,
                urbanRural, stages, boarding), actor);
    }
}
