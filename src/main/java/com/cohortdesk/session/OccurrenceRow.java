package com.cohortdesk.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An occurrence as "My sessions" lists it, with its roster counts (expected: the offering's enrolled learners). */
public record OccurrenceRow(
        long occurrenceId,
        long sessionId,
        SessionType type,
        String title,
        String forWhom,
        long hostId,
        String hostName,
        Instant start,
        Instant end,
        OccurrenceStatus status,
        boolean moved,
        @Nullable Integer capacity,
        long expected,
        long booked,
        long waiting) {

    /** "12 expected", "5 of 8 booked, 2 waiting". */
    public String rosterCounts() {
        if (capacity == null) return expected + " expected" + (booked > 0 ? ", " + booked + " booked" : "");
        return booked + " of " + capacity + " booked" + (waiting > 0 ? ", " + waiting + " waiting" : "");
    }
}
