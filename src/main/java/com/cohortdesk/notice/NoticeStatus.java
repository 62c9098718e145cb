package com.cohortdesk.notice;

/** Where a notice stands in the outbox. */
public enum NoticeStatus {
    PENDING,
    SENT,
    FAILED,
    SUPPRESSED
}
