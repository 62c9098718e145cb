package com.cohortdesk.enrollment;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    /** A learner's plan, across cohorts (a deferred learner's plan spans two). One query. */
    @Query("""
            select new com.cohortdesk.enrollment.PlanEntry(e.id, o.term, m.code, m.title, o.part, o.parts > 1, o.ects,
                e.status, c.name, o.id)
            from Enrollment e join e.offering o join o.module m join o.cohort c
            where e.learner.id = :learnerId order by o.term, m.code
            """)
    List<PlanEntry> findPlan(long learnerId);

    /** One page of an offering's roster; no count query. */
    @Query("""
            select new com.cohortdesk.enrollment.EnrolledLearnerRow(e.id, l.id, l.fullName, l.email, l.country, l.timeZone,
                e.status, e.version)
            from Enrollment e join e.learner l
            where e.offering.id = :offeringId
              and (:status is null or e.status = :status)
              and (:text is null or lower(l.fullName) like :text escape '\\' or lower(l.email) like :text escape '\\')
            """)
    List<EnrolledLearnerRow> findRoster(long offeringId, @Nullable EnrollmentStatus status, @Nullable String text, Pageable page);

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

    @Query("select count(e) from Enrollment e where e.offering.id = :offeringId and e.status <> com.cohortdesk.enrollment.EnrollmentStatus.WITHDRAWN")
    long countTaken(long offeringId);
}
