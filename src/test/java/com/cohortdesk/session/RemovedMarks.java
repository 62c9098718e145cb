package com.cohortdesk.session;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes attendance marks (or the sessions holding them) that a test wrote. The tests share one database, and a
 * delete goes around {@link SessionRosterService}, so the per-occurrence and per-learner counts it keeps for the
 * dashboard (V64) are rebuilt afterwards, as {@link SessionRosterService#recountAttendance} does after any write
 * around it.
 */
public final class RemovedMarks {

    /** The default window ({@code cohortdesk.dashboard.attendance.sessions}); the tests do not change it. */
    private static final int WINDOW = 4;

    private RemovedMarks() {}

    public static void delete(JdbcTemplate jdbc, String deleteSql, Object... args) {
        if (jdbc.update(deleteSql, args) > 0) new AttendanceCounts(jdbc, new TransactionTemplate(), WINDOW).recount();
    }
}
