package com.cohortdesk.enrollment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferingRepository extends JpaRepository<Offering, Long> {

    @Query("select o from Offering o join fetch o.module join fetch o.cohort where o.cohort.id = :cohortId and o.term = :term")
    List<Offering> findByCohortAndTerm(long cohortId, int term);

    /** Offerings with their enrolment counts (places taken), for one cohort or for a lead. One query. */
    @Query("""
            select new com.cohortdesk.enrollment.OfferingRow(o.id, c.id, c.name, o.term, m.code, m.title, o.part,
                sum(case when e.status = com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED then 1 else 0 end),
                sum(case when e.status = com.cohortdesk.enrollment.EnrollmentStatus.COMPLETED then 1 else 0 end),
                sum(case when e.status = com.cohortdesk.enrollment.EnrollmentStatus.WITHDRAWN then 1 else 0 end),
                sum(case when e.status = com.cohortdesk.enrollment.EnrollmentStatus.FAILED then 1 else 0 end))
            from Offering o join o.cohort c join o.module m left join Enrollment e on e.offering = o
            where (:cohortId is null or c.id = :cohortId) and (:term is null or o.term = :term)
              and (:leadId is null or :leadId member of o.leadIds)
            group by o.id, c.id, c.name, c.intakeYear, o.term, m.code, m.title, o.part
            order by c.intakeYear desc, o.term, m.code
            """)
    List<OfferingRow> findRows(@Nullable Long cohortId, @Nullable Integer term, @Nullable Long leadId);

    @Query("select o from Offering o join fetch o.module join fetch o.cohort where o.id = :id")
    java.util.Optional<Offering> findWithModuleAndCohort(long id);
}
