package com.cohortdesk.session;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction of a change to an occurrence or a booking that learners must hear
 * about (the notice feature writes its outbox rows from it, in the same transaction). {@code sequence} is
 * the occurrence's calendar-feed SEQUENCE after the change; {@code recipients} are the learners affected.
 */
public record SessionNoticeEvent(
        Kind kind,
        long occurrenceId,
        long sessionId,
        @Nullable Long offeringId,
        long hostId,
        SessionType type,
        String title,
        String forWhom,
        String hostName,
        Instant startsAt,
        Instant endsAt,
        @Nullable Instant previousStart,
        ZoneId plannedZone,
        String meetingLink,
        @Nullable String note,
        long sequence,
        boolean cancelled,
        List<Attendee> recipients) {

    public enum Kind {
        MOVED,
        CANCELLED,
        LINK_CHANGED,
        BOOKED,
        WAITING,
        PROMOTED,
        BOOKING_CANCELLED
    }

    /** A learner to tell, with the zone their times are shown in and their waiting position (0: not waiting). */
    public record Attendee(long learnerId, String fullName, String email, String timeZone, int waitingPosition) {}
}
