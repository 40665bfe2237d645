package org.edugov.org;

import java.util.Locale;
import java.util.Set;
import org.edugov.shared.Actor;
import org.edugov.shared.DataScope;
import org.edugov.shared.Permissions;

/**
 * The signed-in user as resolved for one request: its org unit, role, permissions and data scope,
 * read fresh from the database so that a moved unit or a changed assignment applies at once.
 */
public record CurrentUser(long userId, String username, String displayName, OrgUnit orgUnit, String roleCode,
        String roleNameZh, String roleNameEn, DataScope scope, Set<String> permissions) {

    public CurrentUser {
        permissions = Set.copyOf(permissions);
    }

    /**
     * The start-up identity that loads demo data and bootstraps the first administrator: sees everything,
     * holds every permission. Never bound to a request.
     */
    public static CurrentUser system() {
        return new CurrentUser(0, "system", "system", null, "SYS_ADMIN", "系统", "System", DataScope.all(0),
                Set.copyOf(Permissions.ALL));
    }

    public Actor actor() {
        return new Actor(userId, username, orgUnit == null ? null : orgUnit.path());
    }

    public boolean has(String permission) {
        return permissions.contains(permission);
    }

    public String roleName(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? roleNameZh : roleNameEn;
    }
}
