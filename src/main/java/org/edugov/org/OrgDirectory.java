package org.edugov.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.springframework.stereotype.Component;

/** Read API of the org tree for other modules; every lookup that can leak data takes a scope. */
@Component
public class OrgDirectory {

    private final OrgUnitRepository units;

    OrgDirectory(OrgUnitRepository units) {
        this.units = units;
    }

    public Optional<OrgUnit> find(DataScope scope, long id) {
        return units.find(id).filter(u -> scope.permits(u.path()));
    }

    public Optional<OrgUnit> findByCode(DataScope scope, String code) {
        return units.findByCode(code).filter(u -> scope.permits(u.path()));
    }

    /** The units a user may pick as its working org: its scope's upper levels, up to {@code limit}. */
    public List<OrgUnit> switchable(DataScope scope, int limit) {
        return units.search(scope, null, List.of("PROVINCE", "CITY", "COUNTY"), limit);
    }

    /** Units in scope whose name or code contains {@code text}, of the given kinds (all when empty). */
    public List<OrgUnit> search(DataScope scope, String text, List<String> kinds, int limit) {
        return units.search(scope, text, kinds, limit);
    }

    public List<OrgUnit> roots(DataScope scope) {
        return units.roots(scope);
    }

    /** Ancestors from the root down to and including the unit, for breadcrumbs. */
    public List<OrgUnit> lineage(OrgUnit unit) {
        return units.ancestors(unit.path());
    }

    /** Path of a unit under the hierarchy valid on a date: re-zoned units keep their old parent in the past. */
    public Optional<OrgPath> pathAt(long unitId, LocalDate date) {
        return units.pathAt(unitId, date).map(OrgPath::of);
    }

    public boolean isEmpty() {
        return !units.exists();
    }
}
