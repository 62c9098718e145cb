package com.cohortdesk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One event of a feed: a session occurrence (start to end) or a deadline ({@code end} equal to
 * {@code start}: an event of no length, with an alarm). Times are instants; {@code zone} is the zone they
 * were planned or entered in, written as TZID with its VTIMEZONE (UTC when ical4j has no definition).
 * The UID stays the same for the life of the occurrence or deadline; {@code sequence} only grows.
 */
public record FeedEvent(
        String uid,
        int sequence,
        Instant start,
        Instant end,
        ZoneId zone,
        String summary,
        String description,
        @Nullable String url,
        @Nullable String location,
        boolean cancelled,
        @Nullable Duration alarmBefore) {

    public boolean isDeadline() {
        return start.equals(end);
    }
}
