package com.cohortdesk.learner;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the learner page shows: details, cohort, where a deferred learner came from, and the history. */
public record LearnerDetails(
        long id,
        long version,
        String fullName,
        String email,
        String country,
        String timeZone,
        LearnerStatus status,
        long cohortId,
        String cohortName,
        int intakeYear,
        @Nullable String deferredFrom,
        List<StatusHistoryEntry> history,
        boolean erased) {

    /** The status actions open to this learner: none once erased. */
    public List<StatusAction> actions() {
        return erased ? List.of() : LearnerLifecycle.actionsFor(status);
    }
}
