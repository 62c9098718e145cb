package com.cohortdesk.session;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OccurrenceRepository extends JpaRepository<SessionOccurrence, Long> {

    String WITH_SESSION = """
            select o from SessionOccurrence o join fetch o.session s left join fetch s.offering f
              left join fetch f.cohort left join fetch f.module
            """;

    @Query(WITH_SESSION + " where o.id = :id")
    Optional<SessionOccurrence> findWithSession(long id);

    /** The occurrence, locked until the transaction ends: bookings of one occurrence are made one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SessionOccurrence o where o.id = :id")
    Optional<SessionOccurrence> findForUpdate(long id);

    /** Scheduled occurrences that start in the window (for the conflict check). */
    @Query(WITH_SESSION + """
             where o.status = com.cohortdesk.session.OccurrenceStatus.SCHEDULED and o.startsAt >= :from and o.startsAt < :to
            """)
    List<SessionOccurrence> findScheduledBetween(Instant from, Instant to);

    /**
     * Occurrences that start at or after {@code earliestStart}, soonest first: all of them, or those of the
     * given offerings and the programme-wide ones the given member of staff hosts.
     */
    @Query(WITH_SESSION + """
             where o.startsAt >= :earliestStart
               and (:all = true or f.id in :offeringIds or (f is null and s.hostId = :hostId))
             order by o.startsAt, o.id
            """)
    List<SessionOccurrence> findFrom(Instant earliestStart, boolean all, Collection<Long> offeringIds, long hostId);

    @Query(WITH_SESSION + " where s.id = :sessionId order by o.startsAt, o.id")
    List<SessionOccurrence> findBySession(long sessionId);

    /**
     * For calendar feeds: occurrences starting in [from, to) of the given offerings, hosted by the given
     * member of staff, or booked (or waited for) by the given learner; pass -1 for "none".
     */
    @Query(WITH_SESSION + """
             where o.startsAt >= :from and o.startsAt < :to and (f.id in :offeringIds or s.hostId = :hostId
               or o.id in (select b.occurrenceId from SessionBooking b where b.learnerId = :learnerId
                 and b.status <> com.cohortdesk.session.BookingStatus.CANCELLED))
             order by o.startsAt, o.id
            """)
    List<SessionOccurrence> findForFeed(
            Collection<Long> offeringIds, long hostId, long learnerId, Instant from, Instant to);

    /**
     * For the calendar page: occurrences starting in [from, to), cancelled ones too, of a host (or anyone's),
     * of the given cohorts and modules; a host sees their sessions of offerings they lead and their programme-wide ones (unless "all"; programme-wide sessions only when both are "all").
     */
    @Query(WITH_SESSION + """
             where o.startsAt >= :from and o.startsAt < :to
               and (:hostId is null or (s.hostId = :hostId and (f is null or f.id in :ledOfferingIds)))
               and (:allCohorts = true or f.cohort.id in :cohortIds) and (:allModules = true or f.module.id in :moduleIds)
             order by o.startsAt, o.id
            """)
    List<SessionOccurrence> findForCalendar(
            Instant from,
            Instant to,
            @Nullable Long hostId,
            Collection<Long> ledOfferingIds,
            boolean allCohorts,
            Collection<Long> cohortIds,
            boolean allModules,
            Collection<Long> moduleIds);

    /** Occurrences starting in [from, to) of the given offerings (those in which a learner holds a place), soonest first. */
    @Query(WITH_SESSION + """
             where o.startsAt >= :from and o.startsAt < :to and f.id in :offeringIds
             order by o.startsAt, o.id
            """)
    List<SessionOccurrence> findOfOfferings(Collection<Long> offeringIds, Instant from, Instant to);
}
