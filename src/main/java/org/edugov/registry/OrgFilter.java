package org.edugov.registry;

import java.util.ArrayList;
import java.util.List;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.OrgPath;
import org.edugov.shared.UserError;

/**
 * The org units registry pages start from: the "unit" filter of lists (a subtree inside the user's scope, or the
 * whole scope when empty) and the school a page is about.
 */
final class OrgFilter {

    private static final int CHOICES = 200;

    private OrgFilter() {
    }

    static OrgPath within(OrgDirectory directory, CurrentUser user, Long orgId) {
        if (orgId == null) {
            return null;
        }
        return directory.find(user.scope(), orgId).orElseThrow(() -> UserError.notFound("org.unit.notFound", orgId))
                .path();
    }

    /**
     * The units the "unit" filter offers: the upper levels of the scope, and the chosen unit when it is a town or
     * school (a link from a school page), so that the next search keeps it.
     */
    static List<OrgUnit> choices(OrgDirectory directory, CurrentUser user, Long orgId) {
        List<OrgUnit> units = new ArrayList<>(directory.switchable(user.scope(), CHOICES));
        if (orgId != null && units.stream().noneMatch(u -> u.id() == orgId)) {
            directory.find(user.scope(), orgId).ifPresent(units::add);
        }
        return units;
    }

    /** A school or teaching point in the user's scope; anything else is "not found" (404). */
    static OrgUnit school(OrgDirectory directory, CurrentUser user, long id) {
        return directory.find(user.scope(), id).filter(u -> u.kind().isSchool())
                .orElseThrow(() -> UserError.notFound("school.notFound", id));
    }
}
