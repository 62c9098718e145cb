package com.cohortdesk.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attendance figures kept up to date by the transaction that marks attendance, so that the administrator's dashboard
 * reads a few rows instead of every mark (V64): the marks per occurrence ({@code occurrence_mark_count}) and each
 * learner's last {@code cohortdesk.dashboard.attendance.sessions} sessions they were expected at, attended of counted
 * ({@code learner_recent_attendance}). After a mark both are recomputed from the raw rows of that occurrence and that
 * learner (a few dozen rows), with the occurrence and the learner locked so that concurrent marks are counted in turn.
 * A learner's window counts every mark, including one made up to an hour before its session starts.
 */
@Component
class AttendanceCounts {

    private static final Logger log = LoggerFactory.getLogger(AttendanceCounts.class);

    private static final String OCCURRENCE_COUNTS = """
            insert into occurrence_mark_count (occurrence_id, present, late, excused, absent)
            select occurrence_id, sum(case when mark = 'PRESENT' then 1 else 0 end), sum(case when mark = 'LATE' then 1 else 0 end),
                   sum(case when mark = 'EXCUSED' then 1 else 0 end), sum(case when mark = 'ABSENT' then 1 else 0 end)
            from session_attendance
            """;

    private static final String RECENT = """
            insert into learner_recent_attendance (learner_id, window_size, attended, counted)
            select r.learner_id, ?, sum(case when r.mark in ('PRESENT', 'LATE') then 1 else 0 end), count(*)
            from (select a.learner_id, a.mark,
                         row_number() over (partition by a.learner_id order by o.starts_at desc, o.id desc) as rn
                  from session_attendance a join session_occurrence o on o.id = a.occurrence_id
                  where a.mark <> 'EXCUSED' %s) r
            where r.rn <= ?
            group by r.learner_id
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int window;

    AttendanceCounts(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            @Value("${cohortdesk.dashboard.attendance.sessions:4}") int window) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.window = window;
    }

    /** Recounts one occurrence's marks and one learner's window; call in the marking transaction, after the mark is flushed. */
    void marked(long occurrenceId, long learnerId) {
        // Occurrence first, then learner, in every transaction: concurrent marks wait for each other, never deadlock.
        jdbc.queryForList("select id from session_occurrence where id = ? for update", Long.class, occurrenceId);
        jdbc.queryForList("select id from learner where id = ? for update", Long.class, learnerId);
        jdbc.update("delete from occurrence_mark_count where occurrence_id = ?", occurrenceId);
        jdbc.update(OCCURRENCE_COUNTS + " where occurrence_id = ? group by occurrence_id", occurrenceId);
        jdbc.update("delete from learner_recent_attendance where learner_id = ?", learnerId);
        jdbc.update(RECENT.formatted("and a.learner_id = ?"), window, learnerId, window);
    }

    /** Rebuilds both tables from the raw marks (after rows written around the service, e.g. a benchmark's fill). */
    void recount() {
        jdbc.update("delete from occurrence_mark_count");
        jdbc.update(OCCURRENCE_COUNTS + " group by occurrence_id");
        jdbc.update("delete from learner_recent_attendance");
        jdbc.update(RECENT.formatted(""), window, window);
    }

    int window() {
        return window;
    }

    /** Fills the learners' windows when V64 left them empty, or rebuilds them when the configured size changed. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfStale() {
        boolean stale = Boolean.TRUE.equals(jdbc.queryForObject("""
                select case when exists (select 1 from learner_recent_attendance where window_size <> ?)
                         or (not exists (select 1 from learner_recent_attendance)
                             and exists (select 1 from session_attendance where mark <> 'EXCUSED')) then true else false end
                """, Boolean.class, window));
        if (!stale) return;
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.update("delete from learner_recent_attendance");
                jdbc.update(RECENT.formatted(""), window, window);
            });
            log.info("Rebuilt the learners' last-{} attendance windows", window);
        } catch (DataAccessException e) {
            log.warn(
                    "Could not rebuild the learners' attendance windows (another node may be doing it): {}",
                    e.getMessage());
        }
    }
}
