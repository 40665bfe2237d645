package org.edugov.org;

import java.util.List;
import org.edugov.shared.ScopeType;

/** Create or edit a custom role. */
record RoleCommand(String code, String nameZh, String nameEn, ScopeType scopeType, List<String> permissions) {

    RoleCommand {
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
    }
}
