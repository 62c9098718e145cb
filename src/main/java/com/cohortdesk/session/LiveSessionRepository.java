package com.cohortdesk.session;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LiveSessionRepository extends JpaRepository<LiveSession, Long> {

    /** The learners an offering's session expects: those enrolled (not withdrawn, completed or failed). */
    @Query("""
            select new com.cohortdesk.session.LearnerLine(l.id, l.fullName, l.email, l.timeZone)
            from Enrollment e join e.learner l
            where e.offering.id = :offeringId and e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED
            order by l.fullName, l.id
            """)
    List<LearnerLine> findExpected(long offeringId);

    @Query("select new com.cohortdesk.session.LearnerLine(l.id, l.fullName, l.email, l.timeZone) from Learner l where l.id in :ids")
    List<LearnerLine> findLearners(Collection<Long> ids);

    @Query("""
            select e.offering.id, count(e) from Enrollment e
            where e.offering.id in :offeringIds and e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED
            group by e.offering.id
            """)
    List<Object[]> countExpected(Collection<Long> offeringIds);

    @Query("""
            select count(e) from Enrollment e where e.offering.id = :offeringId and e.learner.id = :learnerId
              and e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED
            """)
    long countEnrolled(long offeringId, long learnerId);

    @Query("select count(l) from Learner l where l.id = :learnerId and l.status = com.cohortdesk.learner.LearnerStatus.ACTIVE")
    long countActive(long learnerId);
}
