package com.cohortdesk.notice;

import org.jspecify.annotations.Nullable;

/** The outbox page's filters: a status, a kind, and words of the recipient's name or address (all optional). */
public record OutboxFilter(
        @Nullable NoticeStatus status,
        @Nullable NoticeKind kind,
        @Nullable String recipient) {

    public static final OutboxFilter NONE = new OutboxFilter(null, null, null);
}
