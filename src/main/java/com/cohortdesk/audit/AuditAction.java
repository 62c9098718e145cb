package com.cohortdesk.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCESS_DENIED,
    /** A download of everything held about a person (an access request). */
    PERSONAL_DATA_EXPORT,
    /** A person's personal data replaced by a pseudonym (by hand or by the retention job). */
    ERASURE
}
