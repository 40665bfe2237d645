package org.edugov.registry;

import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.shared.OrgPath;
import org.edugov.shared.UserError;

/** The "unit" filter of registry lists: a subtree inside the user's scope, or the whole scope when empty. */
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
}
