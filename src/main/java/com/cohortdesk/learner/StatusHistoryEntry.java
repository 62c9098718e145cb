package com.cohortdesk.learner;

import java.time.Instant;

/** A learner's history entry as the timeline shows it. */
public record StatusHistoryEntry(
        LearnerStatus fromStatus,
        LearnerStatus toStatus,
        String fromCohort,
        String toCohort,
        String reason,
        String changedBy,
        Instant changedAt) {

    public boolean movedCohort() {
        return !fromCohort.equals(toCohort);
    }
}
