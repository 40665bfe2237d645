package org.edugov.audit;

/** What an audit event records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    MOVE,
    DEACTIVATE,
    REACTIVATE,
    IMPORT,
    DELETE,
    PASSWORD_RESET,
    UNLOCK,
    READ_PII,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED
}
