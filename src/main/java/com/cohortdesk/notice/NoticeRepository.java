package com.cohortdesk.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long>, JpaSpecificationExecutor<Notice> {

    @Query("select n from Notice n where n.id in :ids order by n.id")
    List<Notice> findAllByIds(Collection<Long> ids);

    /** Pending reminders of a learner (suppressed when they withdraw or interrupt). */
    @Modifying
    @Query("""
            update Notice n set n.status = com.cohortdesk.notice.NoticeStatus.SUPPRESSED, n.lastError = :why, n.version = n.version + 1
            where n.learnerId = :learnerId and n.status = com.cohortdesk.notice.NoticeStatus.PENDING
              and n.kind in (com.cohortdesk.notice.NoticeKind.DEADLINE_REMINDER, com.cohortdesk.notice.NoticeKind.SESSION_REMINDER)
            """)
    int suppressRemindersOf(long learnerId, String why);

    @Query("select n.planKey from Notice n where n.planKey is not null and n.nextAttemptAt >= :from")
    List<String> findPlanKeysFrom(Instant from);

    long countByStatus(NoticeStatus status);

    @Query("select n.status, count(n) from Notice n group by n.status")
    List<Object[]> countByStatuses();
}
