package com.cohortdesk.learner;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For learners written around the learner service by JDBC batches (the cluster's scale data): rebuilds what the
 * service keeps in its writing transaction and a bulk load does not, exactly as {@link LearnerService#recountStatuses}
 * does, without a signed-in administrator: the learners per cohort and status the dashboard reads (V64) and the end
 * day of learners added already graduated or withdrawn (V67). Run it in one transaction.
 */
public final class BulkLoadedLearners {

    private BulkLoadedLearners() {}

    public static void recount(JdbcTemplate jdbc) {
        new LearnerStatusCounts(jdbc).recount();
        new LearnerEndDates(jdbc).fillAll();
    }
}
