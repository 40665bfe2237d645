package org.edugov.audit;

/** What an audit event records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    MOVE,
    DEACTIVATE,
    IMPORT,
    PASSWORD_RESET,
    UNLOCK,
    READ_PII,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED
}
