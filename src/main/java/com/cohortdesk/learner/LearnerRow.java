package com.cohortdesk.learner;

import java.time.ZoneId;

/** One row of the learner roster: a flat projection read in a single query. */
public record LearnerRow(
        long id,
        String fullName,
        String email,
        String country,
        String timeZone,
        LearnerStatus status,
        long cohortId,
        String cohortName) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
