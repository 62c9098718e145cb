package com.cohortdesk.session;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence with its series, for its roster page; {@code attendanceOpen} and {@code changeable} say whether
 * attendance can be marked and whether it can be moved or cancelled now ({@link OccurrenceRules}).
 */
public record OccurrenceDetails(
        long id,
        long version,
        long sessionId,
        SessionType type,
        String title,
        @Nullable Long offeringId,
        String forWhom,
        long hostId,
        String hostName,
        Instant start,
        Instant end,
        ZoneId plannedZone,
        OccurrenceStatus status,
        boolean moved,
        @Nullable String note,
        String meetingLink,
        @Nullable Integer capacity,
        boolean bookingOpen,
        @Nullable String overrideReason,
        boolean attendanceOpen,
        boolean changeable) {

    public boolean limited() {
        return capacity != null;
    }
}
