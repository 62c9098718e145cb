package com.cohortdesk.learner;

import com.cohortdesk.learner.csv.CsvFiles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes the learners the import tests added (their emails end in {@link CsvFiles#TEST_DOMAIN}). The tests share one
 * database, and deleting learners goes around the learner service, so the learners-per-status counts it keeps for the
 * dashboard are rebuilt afterwards, as {@link LearnerService#recountStatuses} does after any write around it.
 */
public final class ImportedLearners {

    private ImportedLearners() {}

    public static void delete(JdbcTemplate jdbc) {
        if (jdbc.update("delete from learner where email like ?", "%" + CsvFiles.TEST_DOMAIN) > 0)
            new LearnerStatusCounts(jdbc).recount();
    }
}
