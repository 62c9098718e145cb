package com.cohortdesk.learner;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** The roster query of {@link LearnerRepository}. */
interface LearnerRows {

    /**
     * One roster page, filtered and sorted in the database, in one query with no count query. Only the
     * filters that are set become conditions, so that the database can use its indexes. Each text prefix
     * (a LIKE pattern) must start one of the learner's search words. With {@code placeInOfferings} (never
     * empty) only learners holding a place in one of those offerings are found (a faculty member's scope).
     */
    List<LearnerRow> findRows(
            List<String> textPrefixes,
            @Nullable Long cohortId,
            @Nullable String country,
            @Nullable LearnerStatus status,
            @Nullable String timeZone,
            @Nullable Collection<Long> placeInOfferings,
            Pageable pageable);
}
