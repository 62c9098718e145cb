package com.cohortdesk.learner;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearnerRepository extends JpaRepository<Learner, Long> {

    /** One roster page, filtered and sorted in the database; no count query. */
    @Query("""
            select new com.cohortdesk.learner.LearnerRow(l.id, l.fullName, l.email, l.country, l.timeZone, l.status, c.id, c.name)
            from Learner l join l.cohort c
            where (:cohortId is null or c.id = :cohortId)
              and (:status is null or l.status = :status)
              and (:country is null or l.country = :country)
              and (:timeZone is null or l.timeZone = :timeZone)
              and (:text is null or lower(l.fullName) like :text escape '\\' or lower(l.email) like :text escape '\\')
            """)
    List<LearnerRow> findRows(@Nullable String text, @Nullable Long cohortId, @Nullable String country,
            @Nullable LearnerStatus status, @Nullable String timeZone, Pageable pageable);

    long countByCohortId(long cohortId);

    /** Which of these lower-case addresses a learner already has (case-insensitive); callers pass at most 1,000. */
    @Query("select lower(l.email) from Learner l where lower(l.email) in :emails")
    List<String> findExistingEmails(Collection<String> emails);
}
