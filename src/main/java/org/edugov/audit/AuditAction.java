package org.edugov.audit;

/** What an audit event records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    MOVE,
    DEACTIVATE,
    /** A record removed for good (only where nothing refers to it, e.g. a plan's goal or task). */
    DELETE,
    IMPORT,
    PASSWORD_RESET,
    UNLOCK,
    READ_PII,
    /** A stored file (an evidence file of a plan's progress report) was downloaded. */
    DOWNLOAD,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED
}
