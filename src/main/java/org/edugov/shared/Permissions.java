package org.edugov.shared;

import java.util.List;

/**
 * Every permission the code checks, as {@code module:resource:action}. Roles are data that grant a
 * subset of these; a test checks that each {@code @PreAuthorize} names one of them.
 */
public final class Permissions {

    public static final String ORG_UNIT_READ = "org:unit:read";
    public static final String ORG_UNIT_WRITE = "org:unit:write";
    public static final String ORG_UNIT_IMPORT = "org:unit:import";
    public static final String ORG_USER_READ = "org:user:read";
    public static final String ORG_USER_WRITE = "org:user:write";
    public static final String ORG_ROLE_READ = "org:role:read";
    public static final String ORG_ROLE_WRITE = "org:role:write";
    public static final String AUDIT_LOG_READ = "audit:log:read";
    public static final String DICT_ITEM_READ = "dict:item:read";

    public static final List<String> ALL = List.of(ORG_UNIT_READ, ORG_UNIT_WRITE, ORG_UNIT_IMPORT, ORG_USER_READ,
            ORG_USER_WRITE, ORG_ROLE_READ, ORG_ROLE_WRITE, AUDIT_LOG_READ, DICT_ITEM_READ);

    private Permissions() {
    }
}
