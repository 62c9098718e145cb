package com.cohortdesk.session;

/** Whether one occurrence of a series takes place. A moved occurrence stays scheduled, at its new start. */
public enum OccurrenceStatus {
    SCHEDULED,
    CANCELLED
}
