package org.edugov.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One audit row as shown on the search page. */
public record AuditEventView(long id, OffsetDateTime occurredAt, String actorName, String action, String entityType,
        String entityId, String orgPath, List<FieldChange> changes, String detail) {
}
