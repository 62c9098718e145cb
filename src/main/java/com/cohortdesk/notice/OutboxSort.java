package com.cohortdesk.notice;

/** Columns the outbox sorts by in the database. */
public enum OutboxSort {
    CREATED("createdAt"),
    NEXT_ATTEMPT("nextAttemptAt"),
    RECIPIENT("recipientName"),
    STATUS("status"),
    KIND("kind"),
    TRIES("tries");

    private final String property;

    OutboxSort(String property) {
        this.property = property;
    }

    String property() {
        return property;
    }
}
