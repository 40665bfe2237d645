package org.edugov.org;

import java.util.List;

/** Create or edit a user account; {@code password} is only read on creation. */
public record UserCommand(String username, String displayName, Long orgUnitId, Long roleId, String phone,
        boolean enabled, List<Long> assignedUnitIds, String password) {

    public UserCommand {
        assignedUnitIds = assignedUnitIds == null ? List.of() : List.copyOf(assignedUnitIds);
    }
}
