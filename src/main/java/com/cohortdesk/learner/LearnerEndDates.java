package com.cohortdesk.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills {@code learner.ended_on} (V67) for learners added already graduated or withdrawn, who have no status change to
 * date their end: the end of their cohort's programme (its sixth term), in the caller's transaction. A status change
 * sets the day itself ({@link Learner}).
 */
@Component
class LearnerEndDates {

    private static final String FILL = """
            update learner set ended_on = (select t.ends_on from cohort_term t where t.cohort_id = learner.cohort_id and t.term_no = 6)
            where status in ('GRADUATED', 'WITHDRAWN') and ended_on is null and erased_at is null""";

    private final JdbcTemplate jdbc;

    LearnerEndDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** After learners were added to one cohort. */
    void fill(long cohortId) {
        jdbc.update(FILL + " and cohort_id = ?", cohortId);
    }

    /** After learners were written around the services (SQL by hand, a bulk load). */
    void fillAll() {
        jdbc.update(FILL);
    }
}
