package com.cohortdesk.enrollment;

import com.cohortdesk.learner.LearnerContact;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long>, EnrollmentRows {

    @Query("""
            select new com.cohortdesk.learner.LearnerContact(l.id, l.fullName, l.email, l.timeZone)
            from Enrollment e join e.learner l
            where e.offering.id = :offeringId and e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED
            order by l.fullName, l.id
            """)
    List<LearnerContact> findEnrolledContacts(long offeringId);

    @Query("""
            select e.offering.id, count(e) from Enrollment e
            where e.offering.id in :offeringIds and e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED
            group by e.offering.id
            """)
    List<Object[]> countEnrolled(Collection<Long> offeringIds);

    @Query("""
            select count(e) from Enrollment e where e.offering.id = :offeringId and e.learner.id = :learnerId
              and e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED
            """)
    long countEnrolled(long offeringId, long learnerId);

    @Query(
            "select e.offering.id from Enrollment e where e.learner.id = :learnerId and e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED")
    List<Long> findEnrolledOfferingIds(long learnerId);

    /** A learner's plan, across cohorts (a deferred learner's plan spans two). One query. */
    @Query("""
            select new com.cohortdesk.enrollment.PlanEntry(e.id, o.term, m.code, m.title, o.part, o.parts > 1, o.ects,
                e.status, c.name, o.id)
            from Enrollment e join e.offering o join o.module m join o.cohort c
            where e.learner.id = :learnerId order by o.term, m.code
            """)
    List<PlanEntry> findPlan(long learnerId);

    @Query("select e.learner.id from Enrollment e where e.offering.id in :offeringIds")
    List<Long> findLearnerIdsIn(Collection<Long> offeringIds);

    @Query("select e from Enrollment e join fetch e.offering o where e.learner.id = :learnerId and e.status = :status")
    List<Enrollment> findByLearnerAndStatus(long learnerId, EnrollmentStatus status);

    @Modifying
    @Query("""
            update Enrollment e set e.status = com.cohortdesk.enrollment.EnrollmentStatus.COMPLETED, e.version = e.version + 1
            where e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED and e.offering.id in :offeringIds
            """)
    int completeAll(Collection<Long> offeringIds);

    @Query(
            "select count(e) from Enrollment e where e.offering.id = :offeringId and e.status <> com.cohortdesk.enrollment.EnrollmentStatus.WITHDRAWN")
    long countTaken(long offeringId);
}
