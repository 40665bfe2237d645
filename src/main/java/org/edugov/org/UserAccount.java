package org.edugov.org;

import java.time.OffsetDateTime;
import java.util.List;
import org.edugov.shared.OrgPath;

/** A user account as listed and edited by administrators; never carries the password hash. */
public record UserAccount(long id, String username, String displayName, Long orgUnitId, String orgName,
        OrgPath orgPath, long roleId, String roleCode, String phone, boolean enabled, boolean demo,
        int failedAttempts, OffsetDateTime lockedUntil, OffsetDateTime lastLoginAt, List<Long> assignedUnitIds) {

    public UserAccount {
        assignedUnitIds = List.copyOf(assignedUnitIds);
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
