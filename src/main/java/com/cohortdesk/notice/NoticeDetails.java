package com.cohortdesk.notice;

import org.jspecify.annotations.Nullable;

/** One notice as sent (or as it will be sent): headers, both parts and the calendar attachment. */
public record NoticeDetails(
        OutboxRow row,
        String messageId,
        String recipientZone,
        @Nullable String text,
        @Nullable String html,
        @Nullable String ics,
        boolean unsubscribable) {}
