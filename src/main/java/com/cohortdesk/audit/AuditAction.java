package com.cohortdesk.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, ACCESS_DENIED
}
