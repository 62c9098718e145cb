package com.cohortdesk.session;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * An occurrence as a calendar feed shows it. {@code sequence} is the occurrence's version plus its
 * series' version: it grows whenever the time, the status or the series (title, link) changes.
 * {@code booking} and {@code waitingPosition} (1 = next) are the given learner's, if any.
 */
public record FeedOccurrence(
        long occurrenceId,
        long sequence,
        long sessionId,
        SessionType type,
        String title,
        String forWhom,
        String hostName,
        Instant startsAt,
        Instant endsAt,
        ZoneId plannedZone,
        OccurrenceStatus status,
        boolean moved,
        @Nullable String note,
        String meetingLink,
        @Nullable BookingStatus booking,
        int waitingPosition) {}
