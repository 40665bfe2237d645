package org.edugov.registry;

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

    private OrgFilter() {
    }

    static OrgPath within(OrgDirectory directory, CurrentUser user, Long orgId) {
        if (orgId == null) {
            return null;
        }
        return directory.find(user.scope(), orgId).orElseThrow(() -> UserError.notFound("org.unit.notFound", orgId))
                .path();
    }

    /** A school or teaching point in the user's scope; anything else is "not found" (404). */
    static OrgUnit school(OrgDirectory directory, CurrentUser user, long id) {
        return directory.find(user.scope(), id).filter(u -> u.kind().isSchool())
                .orElseThrow(() -> UserError.notFound("school.notFound", id));
    }
}
