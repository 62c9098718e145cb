package com.cohortdesk.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One scheduled occurrence as the conflict check sees it: who hosts it, which cohort it is for (none:
 * programme-wide, which counts for every cohort) and when. {@code occurrenceId} 0 for one not saved yet.
 */
public record SessionSlot(
        long occurrenceId,
        long sessionId,
        String title,
        long hostId,
        String hostName,
        @Nullable Long cohortId,
        String cohortName,
        Instant start,
        Instant end) {

    boolean overlaps(SessionSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    boolean sharesCohortWith(SessionSlot other) {
        return cohortId == null || other.cohortId == null || cohortId.equals(other.cohortId);
    }
}
