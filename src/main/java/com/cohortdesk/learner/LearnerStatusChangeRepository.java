package com.cohortdesk.learner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearnerStatusChangeRepository extends JpaRepository<LearnerStatusChange, Long> {

    @Query("""
            select new com.cohortdesk.learner.StatusHistoryEntry(h.fromStatus, h.toStatus, fc.name, tc.name, h.reason,
                h.changedBy, h.changedAt)
            from LearnerStatusChange h join h.fromCohort fc join h.toCohort tc
            where h.learner.id = :learnerId order by h.changedAt desc, h.id desc
            """)
    List<StatusHistoryEntry> findHistory(long learnerId);
}
