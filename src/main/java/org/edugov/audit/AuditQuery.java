package org.edugov.audit;

import java.time.LocalDate;

/** Filters of the audit search page; every field is optional. */
public record AuditQuery(LocalDate from, LocalDate to, String actor, AuditAction action, String entityType,
        String entityId, int page) {

    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        page = Math.max(page, 0);
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
