package com.cohortdesk.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans reminders and digests as outbox rows without a body, due at the time they are to be sent, for
 * everything whose send time falls within the horizon: deadline reminders before each learner's effective
 * deadline (latest extension applied), session reminders before each booked office hour or webinar, and
 * each faculty member's Monday 07:00 digest in their zone. Keys are unique ({@link PlanKeys}): planning
 * again plans nothing twice. Whether a planned reminder still holds (the deadline did not move, the
 * learner did not withdraw, the session was not moved or cancelled, the recipient did not unsubscribe) is
 * checked when it is sent.
 */
@Component
class ReminderPlanner {

    /** What one planning run added. */
    record Planned(int deadlineReminders, int sessionReminders, int digests) {
        int total() {
            return deadlineReminders + sessionReminders + digests;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<Duration> deadlineOffsets;
    private final List<Duration> sessionOffsets;
    private final Duration horizon;

    ReminderPlanner(JdbcTemplate jdbc, Clock clock,
            @Value("${cohortdesk.notices.deadline-reminders:72h,24h}") List<String> deadlineOffsets,
            @Value("${cohortdesk.notices.session-reminders:24h,1h}") List<String> sessionOffsets,
            @Value("${cohortdesk.notices.planning-horizon:8d}") String horizon) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadlineOffsets = deadlineOffsets.stream().map(s -> DurationStyle.detectAndParse(s.strip())).toList();
        this.sessionOffsets = sessionOffsets.stream().map(s -> DurationStyle.detectAndParse(s.strip())).toList();
        this.horizon = DurationStyle.detectAndParse(horizon);
    }

    @Transactional
    public Planned plan() {
        return plan(clock.instant(), horizon);
    }

    @Transactional
    public Planned plan(Instant now, Duration horizon) {
        var until = now.plus(horizon);
        var taken = new HashSet<>(jdbc.queryForList("select plan_key from notice where plan_key is not null and next_attempt_at > ?",
                String.class, Timestamp.from(now)));
        var rows = new ArrayList<Object[]>();
        int deadlines = planDeadlines(now, until, taken, rows);
        int sessions = planSessions(now, until, taken, rows);
        int digests = planDigests(now, until, taken, rows);
        insert(rows, now);
        return new Planned(deadlines, sessions, digests);
    }

    private Duration longest(List<Duration> offsets) {
        return offsets.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private int planDeadlines(Instant now, Instant until, Set<String> taken, List<Object[]> rows) {
        if (deadlineOffsets.isEmpty()) return 0;
        var latestDue = until.plus(longest(deadlineOffsets));
        // the latest extension of each (assessment, learner) whose time could fall in the window
        Map<Long, Map<Long, Instant>> extended = new HashMap<>();
        jdbc.query("""
                select x.assessment_id, x.learner_id, x.new_due_at from assessment_extension x
                where x.id = (select max(y.id) from assessment_extension y where y.assessment_id = x.assessment_id and y.learner_id = x.learner_id)
                """, rs -> {
            extended.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getTimestamp(3).toInstant());
        });
        int[] count = {0};
        // an extension moves a deadline later, so every assessment due before the window's end may have learners in it
        jdbc.query("""
                select a.id, a.title, a.due_at, l.id, l.full_name, l.email, l.time_zone, o.id
                from assessment a join offering o on o.id = a.offering_id
                join enrollment e on e.offering_id = o.id and e.status = 'ENROLLED'
                join learner l on l.id = e.learner_id and l.status = 'ACTIVE'
                where a.due_at > ? and a.due_at <= ?
                """, rs -> {
            long assessmentId = rs.getLong(1);
            long learnerId = rs.getLong(4);
            var byLearner = extended.get(assessmentId);
            var due = byLearner != null && byLearner.containsKey(learnerId) ? byLearner.get(learnerId) : rs.getTimestamp(3).toInstant();
            for (var offset : deadlineOffsets) {
                var sendAt = due.minus(offset);
                if (!sendAt.isAfter(now) || sendAt.isAfter(until)) continue;
                var key = PlanKeys.deadline(assessmentId, learnerId, due, offset);
                if (!taken.add(key)) continue;
                rows.add(new Object[] {NoticeKind.DEADLINE_REMINDER.name(), rs.getString(6), rs.getString(5), rs.getString(7), learnerId,
                        null, "Reminder: " + rs.getString(2), "ASSESSMENT", assessmentId, rs.getLong(8), null, sendAt, key});
                count[0]++;
            }
        }, Timestamp.from(now.minus(Duration.ofDays(120))), Timestamp.from(latestDue));
        return count[0];
    }

    private int planSessions(Instant now, Instant until, Set<String> taken, List<Object[]> rows) {
        if (sessionOffsets.isEmpty()) return 0;
        int[] count = {0};
        jdbc.query("""
                select so.id, s.title, so.starts_at, l.id, l.full_name, l.email, l.time_zone, s.offering_id, s.host_id
                from session_booking b join session_occurrence so on so.id = b.occurrence_id and so.status = 'SCHEDULED'
                join live_session s on s.id = so.session_id and s.session_type in ('OFFICE_HOUR', 'WEBINAR')
                join learner l on l.id = b.learner_id and l.status = 'ACTIVE'
                where b.status = 'BOOKED' and so.starts_at > ? and so.starts_at <= ?
                """, rs -> {
            var start = rs.getTimestamp(3).toInstant();
            long occurrenceId = rs.getLong(1);
            long learnerId = rs.getLong(4);
            for (var offset : sessionOffsets) {
                var sendAt = start.minus(offset);
                if (!sendAt.isAfter(now) || sendAt.isAfter(until)) continue;
                var key = PlanKeys.session(occurrenceId, learnerId, start, offset);
                if (!taken.add(key)) continue;
                Object offering = rs.getObject(8) == null ? null : rs.getLong(8);
                rows.add(new Object[] {NoticeKind.SESSION_REMINDER.name(), rs.getString(6), rs.getString(5), rs.getString(7), learnerId,
                        null, "Reminder: " + rs.getString(2), "OCCURRENCE", occurrenceId, offering, rs.getLong(9), sendAt, key});
                count[0]++;
            }
        }, Timestamp.from(now), Timestamp.from(until.plus(longest(sessionOffsets))));
        return count[0];
    }

    private int planDigests(Instant now, Instant until, Set<String> taken, List<Object[]> rows) {
        int[] count = {0};
        jdbc.query("""
                select u.id, u.display_name, u.email, coalesce(p.time_zone, 'Europe/London')
                from staff_user u join staff_user_role r on r.staff_user_id = u.id and r.role = 'FACULTY'
                left join staff_notice_preference p on p.staff_id = u.id
                where u.enabled = true
                """, rs -> {
            var zone = Recipient.zoneOr(rs.getString(4));
            var local = now.atZone(zone);
            var monday = local.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            var sendAt = monday.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
            if (!sendAt.isAfter(now)) {
                monday = monday.plusWeeks(1);
                sendAt = monday.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
            }
            if (sendAt.isAfter(until)) return;
            var key = PlanKeys.digest(rs.getLong(1), monday);
            if (!taken.add(key)) return;
            rows.add(new Object[] {NoticeKind.FACULTY_DIGEST.name(), rs.getString(3), rs.getString(2), zone.getId(), null, rs.getLong(1),
                    "Your week from " + monday, "STAFF", rs.getLong(1), null, rs.getLong(1), sendAt, key});
            count[0]++;
        });
        return count[0];
    }

    private void insert(List<Object[]> rows, Instant now) {
        var created = Timestamp.from(now);
        for (int from = 0; from < rows.size(); from += 1000) {
            var batch = rows.subList(from, Math.min(rows.size(), from + 1000)).stream().map(r -> new Object[] {r[0], r[1], r[2], r[3],
                    r[4], r[5], r[6], r[7], r[8], r[9], r[10], Timestamp.from((Instant) r[11]), Notice.newMessageId(), r[12], created})
                    .toList();
            jdbc.batchUpdate("""
                    insert into notice (kind, recipient_email, recipient_name, recipient_zone, learner_id, staff_id, subject, cause_type,
                        cause_id, offering_id, host_id, status, tries, next_attempt_at, message_id, plan_key, created_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, 0)
                    """, batch);
        }
    }
}
