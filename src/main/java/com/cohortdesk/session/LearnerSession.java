package com.cohortdesk.session;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A live session as a learner's own page shows it: the learner's booking and waiting position (1 = next),
 * how many places are taken and waited for (never by whom), whether the learner may book or cancel now
 * ({@code bookable}: an office hour, scheduled, before the booking guard), and the meeting link only from
 * 15 minutes before the start (otherwise none).
 */
public record LearnerSession(
        long occurrenceId,
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
        @Nullable String meetingLink,
        @Nullable Integer capacity,
        long booked,
        long waiting,
        @Nullable BookingStatus booking,
        int waitingPosition,
        boolean bookable) {

    public boolean full() {
        return capacity != null && booked >= capacity;
    }
}
