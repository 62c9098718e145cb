package com.cohortdesk.cohort.ui;

import java.util.List;
import java.util.Map;

/**
 * The learners of each cohort counted by status, contributed by the learner feature (a Spring bean), so the
 * cohort feature does not depend on it (as {@link CohortPageSection} contributes sections).
 */
public interface CohortLearnerCounts {

    /** The statuses in the order the pages show them. */
    List<Status> statuses();

    /** Cohort id to status key to count; a status with no learner may be absent. */
    Map<Long, Map<String, Long>> byCohort();

    /**
     * One status: {@code key} is what the roster's {@code status} filter takes in the address, {@code label} what the
     * page shows.
     */
    record Status(String key, String label) {}
}
