package com.cohortdesk.calendar;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findBySubjectTypeAndSubjectId(FeedSubject subjectType, long subjectId);

    /** What serving a feed needs, found by the token's hash (the unique index serves it). */
    @Query("""
            select new com.cohortdesk.calendar.ServedFeed(f.id, f.subjectType, f.subjectId,
                f.lastFetchedAt, f.lastUserAgent, f.contentStamp, f.contentChangedAt)
            from CalendarFeed f where f.hashedToken = :hashedToken
            """)
    Optional<ServedFeed> findServed(String hashedToken);

    /** A read: plain update (no entity event, so not audited; the version stays, so editing the link is not disturbed). */
    @Modifying
    @Query(
            value = "update calendar_feed set last_fetched_at = :at, last_user_agent = :userAgent where id = :id",
            nativeQuery = true)
    int recordFetch(long id, Instant at, @Nullable String userAgent);

    /** A new content stamp, only if it is new (concurrent readers agree on the first). */
    @Modifying
    @Query(value = """
            update calendar_feed set content_stamp = :stamp, content_changed_at = :at
            where id = :id and (content_stamp is null or content_stamp <> :stamp)
            """, nativeQuery = true)
    int recordStamp(long id, String stamp, Instant at);
}
