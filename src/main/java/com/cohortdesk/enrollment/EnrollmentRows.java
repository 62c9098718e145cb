package com.cohortdesk.enrollment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** The roster query of {@link EnrollmentRepository}. */
interface EnrollmentRows {

    /**
     * One page of an offering's roster (or all of it, unpaged), filtered and sorted in the database, in one
     * query with no count query. Only the filters that are set become conditions, so that the database
     * can use its indexes. The text is a LIKE pattern (see {@link OfferingService#likePattern}) matched
     * against the lower-case name and email; sort properties are SQL columns of {@code e} (enrollment) and
     * {@code l} (learner).
     */
    List<EnrolledLearnerRow> findRoster(
            long offeringId, @Nullable EnrollmentStatus status, @Nullable String text, Pageable page);
}
