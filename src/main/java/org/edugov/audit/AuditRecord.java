package org.edugov.audit;

import java.util.List;
import org.edugov.shared.Actor;
import org.edugov.shared.OrgPath;

record AuditRecord(Actor actor, AuditAction action, String entityType, String entityId, OrgPath orgPath,
        List<FieldChange> changes, String detail) {
}
