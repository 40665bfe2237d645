package org.edugov.plan;

import java.util.List;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Component;

/**
 * The units a plan's task may be led by: in the plan unit's subtree, its bureaus (the city or county itself and
 * the counties under a city) and its departments (财政局, 发改委 …), active, and inside the user's scope.
 */
@Component
class LeadUnits {

    private static final List<String> KINDS = List.of("CITY", "COUNTY", "DEPARTMENT");
    private static final int LIMIT = 500;

    private final OrgDirectory directory;

    LeadUnits(OrgDirectory directory) {
        this.directory = directory;
    }

    List<OrgUnit> choices(CurrentUser user, long planUnitId) {
        OrgUnit org = directory.find(user.scope(), planUnitId)
                .orElseThrow(() -> UserError.notFound("org.unit.notFound", planUnitId));
        return directory.search(DataScope.subtree(user.userId(), org.path()), null, KINDS, LIMIT).stream()
                .filter(u -> u.active() && user.scope().permits(u.path())).toList();
    }

    /** The chosen unit when it is one of the choices; null when none was chosen. */
    OrgUnit check(CurrentUser user, long planUnitId, Long unitId) {
        if (unitId == null) {
            return null;
        }
        return choices(user, planUnitId).stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(() -> UserError.invalid("plan.edit.lead.outside"));
    }
}
