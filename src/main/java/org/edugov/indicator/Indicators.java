package org.edugov.indicator;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.SchoolYear;
import org.edugov.shared.UserError;
import org.edugov.web.WorkingOrg;
import org.springframework.stereotype.Component;

/**
 * What pages and the API share: the org unit asked for (inside the user's scope, else 404), the school year
 * (the newest with values by default) and the definition that applies to the unit (the most specific region).
 */
@Component
class Indicators {

    private final Catalog catalog;
    private final ValueQueries values;
    private final OrgDirectory directory;
    private final WorkingOrg workingOrg;
    private final Clock clock;

    Indicators(Catalog catalog, ValueQueries values, OrgDirectory directory, WorkingOrg workingOrg, Clock clock) {
        this.catalog = catalog;
        this.values = values;
        this.directory = directory;
        this.workingOrg = workingOrg;
        this.clock = clock;
    }

    OrgUnit org(CurrentUser user, Long orgId, HttpSession session) {
        if (orgId != null) {
            return directory.find(user.scope(), orgId).orElseThrow(() -> UserError.notFound("org.unit.notFound", orgId));
        }
        return workingOrg.get(session, user).orElseThrow(() -> UserError.notFound("org.unit.notFound", ""));
    }

    int year(Integer year) {
        if (year != null) {
            if (year < 2000 || year > 2100) {
                throw UserError.invalid("indicator.year.invalid", year);
            }
            return year;
        }
        return values.years().stream().findFirst().orElse(SchoolYear.containing(LocalDate.now(clock)).startYear());
    }

    /** The definitions valid on the year's reference date, one per code as it applies to the unit. */
    List<Definition> definitions(OrgUnit unit, int year) {
        List<Definition> current = catalog.current(SchoolYear.of(year).referenceDate());
        return current.stream().map(Definition::code).distinct()
                .map(code -> Catalog.forArea(current, code, areaCode(unit)))
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparingInt(Definition::sortOrder)).toList();
    }

    Definition definition(String code, OrgUnit unit, int year) {
        return Catalog.forArea(catalog.current(SchoolYear.of(year).referenceDate()), code, areaCode(unit))
                .orElseThrow(() -> UserError.notFound("indicator.notFound", code));
    }

    /** Every version of a code that applies to the unit, for its trend over the years. */
    List<Long> versionIds(String code, OrgUnit unit) {
        return catalog.versions(code).stream().filter(d -> d.covers(areaCode(unit))).map(Definition::id).toList();
    }

    /** A unit's values over the school years, oldest first: for each year the value of the newest version. */
    List<ValueRow> trend(String code, OrgUnit unit) {
        Map<Integer, ValueRow> byYear = new LinkedHashMap<>();
        for (ValueRow v : values.trend(versionIds(code, unit), unit.id())) {
            byYear.putIfAbsent(v.schoolYear(), v);
        }
        return List.copyOf(byYear.values());
    }

    /** Every version of a code, every region, newest first within a region. */
    List<Definition> versions(String code) {
        return catalog.versions(code);
    }

    static String areaCode(OrgUnit unit) {
        return unit.countyCode() != null ? unit.countyCode() : unit.code();
    }

    LocalDate referenceDate(int year) {
        return SchoolYear.of(year).referenceDate();
    }
}
