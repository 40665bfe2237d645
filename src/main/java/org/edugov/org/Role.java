package org.edugov.org;

import java.util.Locale;
import java.util.Set;
import org.edugov.shared.ScopeType;

/** A role: data naming a data scope and a set of permissions. */
public record Role(long id, String code, String nameZh, String nameEn, ScopeType scopeType, boolean builtin,
        Set<String> permissions) {

    public Role {
        permissions = Set.copyOf(permissions);
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
