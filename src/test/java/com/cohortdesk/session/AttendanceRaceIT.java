package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.TestProfiles;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two first attendance marks for the same learner at the same occurrence at once: the second gets the
 * same optimistic-lock conflict as any concurrent edit (the view shows "someone else saved first"), not
 * the unique constraint's generic error; retried, it overwrites the mark with its own author, and the
 * first mark and its author stay in the audit trail.
 */
@IntegrationTest
class AttendanceRaceIT {

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    SessionRosterService rosters;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    long occurrenceId;
    long learnerId;

    @AfterEach
    void removeTheMarks() {
        RemovedMarks.delete(
                jdbc,
                "delete from session_attendance where occurrence_id = ? and learner_id = ?",
                occurrenceId,
                learnerId);
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /**
     * Whether the second mark now waits for the first one's uncommitted row: on PostgreSQL a backend waits
     * for a lock; embedded H2 retries the insert in the calling thread until the first commits (or its lock
     * timeout passes), and that thread does no other insert before.
     */
    private boolean waitsForALock(@Nullable Thread thread) {
        if (thread == null) return false;
        if (TestProfiles.onPostgres()) {
            return jdbc.queryForObject(
                            "select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                                    + "and datname = current_database()",
                            Integer.class)
                    > 0;
        }
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals("org.h2.command.dml.Insert"));
    }

    @Test
    void twoFirstMarksAtOnceGiveTheSecondAConflictAndLoseNeitherAuthor() throws Exception {
        occurrenceId = jdbc.queryForObject("""
                select o.id from session_occurrence o join live_session s on s.id = o.session_id join staff_user u on u.id = s.host_id
                where u.username = 'ada' and s.session_type = 'OFFICE_HOUR' and o.starts_at = ?""", Long.class, OffsetDateTime.parse("2026-11-24T18:00Z"));
        signIn("ada");
        learnerId = rosters.roster(occurrenceId).stream()
                .filter(l -> l.mark() == null)
                .findFirst()
                .orElseThrow()
                .learnerId();
        SecurityContextHolder.clearContext();

        var firstWritten = new CountDownLatch(1);
        var mayCommit = new CountDownLatch(1);
        // Own threads: the common pool has a single worker on a 2-core machine, and the first mark holds it.
        var threads = Executors.newFixedThreadPool(2);
        var first = CompletableFuture.runAsync(
                () -> {
                    signIn("ada");
                    try {
                        new TransactionTemplate(transactions).executeWithoutResult(status -> {
                            rosters.markAttendance(occurrenceId, learnerId, -1, AttendanceMark.LATE, "Train delayed");
                            firstWritten.countDown();
                            await(mayCommit);
                        });
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                threads);
        assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();

        var secondThread = new AtomicReference<Thread>();
        var second = CompletableFuture.supplyAsync(
                () -> {
                    signIn("admin");
                    try {
                        secondThread.set(Thread.currentThread());
                        rosters.markAttendance(occurrenceId, learnerId, -1, AttendanceMark.ABSENT, "Not seen");
                        return (Throwable) null;
                    } catch (RuntimeException e) {
                        return e;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                threads);
        // The second has read "no mark yet" and now waits for the first's uncommitted row; then the first commits.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!second.isDone() && !waitsForALock(secondThread.get()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(second.isDone()).as("the second mark waits for the first").isFalse();
        mayCommit.countDown();
        first.get(30, TimeUnit.SECONDS);
        var failure = second.get(30, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(failure)
                .as("the second mark is refused as a concurrent edit")
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(stored()).isEqualTo("LATE by ada");

        // the second author reloads (sees the first mark) and marks again: their mark and name are kept
        signIn("admin");
        try {
            var line = rosters.roster(occurrenceId).stream()
                    .filter(l -> l.learnerId() == learnerId)
                    .findFirst()
                    .orElseThrow();
            assertThat(line.mark()).isEqualTo(AttendanceMark.LATE);
            rosters.markAttendance(
                    occurrenceId, learnerId, line.attendanceVersion(), AttendanceMark.ABSENT, "Not seen");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(stored()).isEqualTo("ABSENT by admin");
        long id = jdbc.queryForObject(
                "select id from session_attendance where occurrence_id = ? and learner_id = ?",
                Long.class,
                occurrenceId,
                learnerId);
        assertThat(jdbc.queryForList(
                        "select actor || ' ' || action || ' ' || details from audit_entry "
                                + "where entity_type = 'SessionAttendance' and entity_id = ? order by id",
                        String.class,
                        String.valueOf(id)))
                .satisfiesExactly(
                        created -> assertThat(created)
                                .startsWith("ada CREATE ")
                                .contains("mark = LATE", "markedBy = 'ada'"),
                        updated -> assertThat(updated)
                                .startsWith("admin UPDATE ")
                                .contains("mark: LATE → ABSENT", "markedBy: 'ada' → 'admin'"));
    }

    private String stored() {
        return jdbc.queryForObject(
                "select mark || ' by ' || marked_by from session_attendance where occurrence_id = ? and learner_id = ?",
                String.class,
                occurrenceId,
                learnerId);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS))
                throw new IllegalStateException("the test did not let the first mark commit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
