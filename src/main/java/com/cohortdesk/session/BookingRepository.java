package com.cohortdesk.session;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<SessionBooking, Long> {

    /** Booked and waiting places of an occurrence, in the order they were made. */
    @Query("""
            select b from SessionBooking b where b.occurrenceId = :occurrenceId
              and b.status <> com.cohortdesk.session.BookingStatus.CANCELLED order by b.id
            """)
    List<SessionBooking> findActive(long occurrenceId);

    @Query("""
            select b.occurrenceId, b.status, count(b) from SessionBooking b
            where b.occurrenceId in :occurrenceIds and b.status <> com.cohortdesk.session.BookingStatus.CANCELLED
            group by b.occurrenceId, b.status
            """)
    List<Object[]> countActive(Collection<Long> occurrenceIds);

    /** A learner's booked and waiting places. */
    @Query("""
            select b from SessionBooking b where b.learnerId = :learnerId
              and b.status <> com.cohortdesk.session.BookingStatus.CANCELLED
            """)
    List<SessionBooking> findActiveOfLearner(long learnerId);
}
