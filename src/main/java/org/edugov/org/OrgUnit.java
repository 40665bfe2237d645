package org.edugov.org;

import java.time.LocalDate;
import org.edugov.shared.OrgPath;

/** An org unit as other modules and pages see it. */
public record OrgUnit(long id, OrgUnitKind kind, String code, String name, String schoolType, Long parentId,
        OrgPath path, String countyCode, boolean active, LocalDate deactivatedOn, String deactivationReason) {

    public int depth() {
        return path.depth();
    }
}
