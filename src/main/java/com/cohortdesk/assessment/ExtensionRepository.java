package com.cohortdesk.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExtensionRepository extends JpaRepository<Extension, Long> {

    String LEARNER_EXTENSION = """
            select new com.cohortdesk.assessment.LearnerExtension(x.learner.id, x.id, x.assessment.id, x.newDueAt, x.newCutOffAt,
                x.reason, x.approvedBy, x.grantedAt) from Extension x
            """;

    @Query(LEARNER_EXTENSION + " where x.learner.id = :learnerId")
    List<LearnerExtension> findOfLearner(long learnerId);

    @Query(LEARNER_EXTENSION + " where x.assessment.id in :assessmentIds")
    List<LearnerExtension> findOfAssessments(Collection<Long> assessmentIds);

    @Query("""
            select new com.cohortdesk.assessment.ExtensionRow(x.id, l.id, l.fullName, l.timeZone, x.newDueAt, x.newCutOffAt,
                x.entryZone, x.reason, x.approvedBy, x.grantedAt)
            from Extension x join x.learner l where x.assessment.id = :assessmentId order by x.grantedAt desc, x.id desc
            """)
    List<ExtensionRow> findHistory(long assessmentId);

    long countByAssessmentId(long assessmentId);
}
