package com.cohortdesk.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Learners per cohort and status ({@code learner_status_count}, V64), kept by the transactions that add learners or
 * change a learner's status or cohort, so that the dashboard's chart reads a few rows instead of every learner. Learners
 * are never deleted (erasure keeps the row), so those are the only writes that move the figures.
 */
@Component
class LearnerStatusCounts {

    private final JdbcTemplate jdbc;

    LearnerStatusCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds delta learners (negative: removes) to a cohort's count of a status, in the caller's transaction. */
    void add(long cohortId, LearnerStatus status, long delta) {
        if (delta == 0) return;
        int updated = jdbc.update(
                "update learner_status_count set learners = learners + ? where cohort_id = ? and status = ?",
                delta,
                cohortId,
                status.name());
        if (updated == 0) {
            // The cohort's first learner of this status. Two transactions adding the first one at once: one of them
            // fails on the primary key and rolls back (as it would on any other concurrent edit).
            jdbc.update(
                    "insert into learner_status_count (cohort_id, status, learners) values (?, ?, ?)",
                    cohortId,
                    status.name(),
                    delta);
        }
    }

    /** Rebuilds the counts from the learner table (after learners written around the services, e.g. a bulk load). */
    void recount() {
        jdbc.update("delete from learner_status_count");
        jdbc.update("insert into learner_status_count (cohort_id, status, learners) "
                + "select cohort_id, status, count(*) from learner group by cohort_id, status");
    }
}
