package com.cohortdesk.session;

import java.time.Instant;
import java.time.ZoneId;

/**
 * An occurrence as the calendar page shows it; {@code version} for moving it by dragging, {@code changeable} whether it
 * can still be moved or cancelled ({@link OccurrenceRules}).
 */
public record CalendarOccurrence(
        long occurrenceId,
        long version,
        long sessionId,
        SessionType type,
        String title,
        String forWhom,
        String hostName,
        Instant start,
        Instant end,
        ZoneId plannedZone,
        OccurrenceStatus status,
        boolean moved,
        boolean changeable) {

    public boolean cancelled() {
        return status == OccurrenceStatus.CANCELLED;
    }
}
