package com.cohortdesk.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    String ROW = """
            select new com.cohortdesk.assessment.AssessmentRow(a.id, a.version, o.id, c.id, c.name, o.term, m.code, m.title,
                a.type, a.title, a.weight, a.releaseAt, a.dueAt, a.cutOffAt, a.entryZone,
                (select count(x) from Extension x where x.assessment = a))
            from Assessment a join a.offering o join o.cohort c join o.module m
            """;

    @Query(ROW + """
            where (:cohortId is null or c.id = :cohortId) and (:term is null or o.term = :term)
              and (:all = true or o.id in :offeringIds)
            order by a.dueAt, m.code, a.id
            """)
    List<AssessmentRow> findRows(
            @Nullable Long cohortId, @Nullable Integer term, boolean all, Collection<Long> offeringIds);

    @Query(ROW + " where a.id = :id")
    Optional<AssessmentRow> findRow(long id);

    @Query("""
            select new com.cohortdesk.assessment.OfferingWeights(o.id, c.name, o.term, m.code, coalesce(sum(a.weight), 0))
            from com.cohortdesk.enrollment.Offering o join o.cohort c join o.module m left join Assessment a on a.offering = o
            where (:cohortId is null or c.id = :cohortId) and (:term is null or o.term = :term)
              and (:all = true or o.id in :offeringIds)
            group by o.id, c.name, c.intakeYear, o.term, m.code
            order by c.intakeYear desc, o.term, m.code
            """)
    List<OfferingWeights> findWeights(
            @Nullable Long cohortId, @Nullable Integer term, boolean all, Collection<Long> offeringIds);

    String SOURCE = """
            select new com.cohortdesk.assessment.ClashSource(a.id, o.id, c.id, c.name, m.code, a.title, a.dueAt)
            from Assessment a join a.offering o join o.cohort c join o.module m
            """;

    @Query(SOURCE + " where c.id = :cohortId")
    List<ClashSource> findSourcesOfCohort(long cohortId);

    @Query(SOURCE + " where a.dueAt >= :from and a.dueAt < :to")
    List<ClashSource> findSourcesDueBetween(Instant from, Instant to);

    @Query("""
            select new com.cohortdesk.assessment.Place(e.learner.id, e.offering.id) from com.cohortdesk.enrollment.Enrollment e
            where e.offering.id in :offeringIds and e.status <> com.cohortdesk.enrollment.EnrollmentStatus.WITHDRAWN
            """)
    List<Place> findPlaces(Collection<Long> offeringIds);

    @Query(ROW + """
            where o.id in (select e.offering.id from com.cohortdesk.enrollment.Enrollment e where e.learner.id = :learnerId
              and e.status <> com.cohortdesk.enrollment.EnrollmentStatus.WITHDRAWN)
            order by a.dueAt, m.code, a.id
            """)
    List<AssessmentRow> findRowsOfLearner(long learnerId);

    @Query("select a from Assessment a join fetch a.offering o join fetch o.cohort where a.id = :id")
    Optional<Assessment> findWithOffering(long id);

    @Query("""
            select new com.cohortdesk.assessment.LearnerChoice(l.id, l.fullName, l.email, l.timeZone)
            from com.cohortdesk.enrollment.Enrollment e join e.learner l, Assessment a
            where a.id = :assessmentId and e.offering = a.offering
              and e.status <> com.cohortdesk.enrollment.EnrollmentStatus.WITHDRAWN
            order by l.fullName, l.id
            """)
    List<LearnerChoice> findCandidates(long assessmentId);

    /** For the calendar page: deadlines due in [from, to) of the given offerings (or all), cohorts and modules. */
    @Query(ROW + """
            where a.dueAt >= :from and a.dueAt < :to and (:allOfferings = true or o.id in :offeringIds)
              and (:allCohorts = true or c.id in :cohortIds) and (:allModules = true or m.id in :moduleIds)
            order by a.dueAt, m.code, a.id
            """)
    List<AssessmentRow> findDueBetween(
            Instant from,
            Instant to,
            boolean allOfferings,
            Collection<Long> offeringIds,
            boolean allCohorts,
            Collection<Long> cohortIds,
            boolean allModules,
            Collection<Long> moduleIds);

    /** For a faculty member's calendar feed: the deadlines of the offerings they lead (past ones too). */
    @Query(ROW + """
            where :leadId member of o.leadIds
            order by a.dueAt, m.code, a.id
            """)
    List<AssessmentRow> findRowsOfLead(long leadId);
}
