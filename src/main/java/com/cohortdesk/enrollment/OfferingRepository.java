package com.cohortdesk.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferingRepository extends JpaRepository<Offering, Long> {

    @Query(
            "select o from Offering o join fetch o.module join fetch o.cohort where o.cohort.id = :cohortId and o.term = :term")
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

    /** The offerings a member of staff leads (the faculty scope rule of {@link OfferingAccess}). */
    @Query("select o.id from Offering o where :staffId member of o.leadIds")
    List<Long> findIdsLedBy(long staffId);

    @Query("select count(o) > 0 from Offering o where o.id = :offeringId and :staffId member of o.leadIds")
    boolean isLedBy(long offeringId, long staffId);

    @Query("select distinct o.cohort.id from Offering o where :all = true or o.id in :ids")
    List<Long> findCohortIds(boolean all, Collection<Long> ids);

    /** The offerings of a module that a member of staff leads, with their cohorts' terms. */
    @Query("""
            select o from Offering o join fetch o.cohort c join fetch o.module m
            where m.code = :moduleCode and :staffId member of o.leadIds
            """)
    List<Offering> findLedOfModule(String moduleCode, long staffId);

    @Query("select o from Offering o join fetch o.module join fetch o.cohort where o.id = :id")
    Optional<Offering> findWithModuleAndCohort(long id);
}
