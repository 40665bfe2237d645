package org.edugov.demo;

import java.util.List;

/**
 * A demo sign-in, referring to org units by code because ids exist only once the units are imported.
 *
 * @param orgCode null only for SYS_ADMIN, whose scope is everything
 * @param assignedCodes units an ASSIGNED-scope role (督学) may see
 */
public record DemoAccount(String username, String displayName, String roleCode, String orgCode,
        List<String> assignedCodes) {

    public DemoAccount {
        assignedCodes = assignedCodes == null ? List.of() : List.copyOf(assignedCodes);
    }
}
