package com.cohortdesk.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
 *
 * <p>Reminders are planned in the database, one {@code insert ... select ... where not exists} per kind and
 * offset, so a term of 10,000 learners never travels through the application (scripts/notice-benchmark.sh).
 * Only the node holding the planner lease plans ({@link NoticeJobs}); the unique plan key would refuse a second.
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
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final List<Duration> deadlineOffsets;
    private final List<Duration> sessionOffsets;
    private final Duration horizon;

    ReminderPlanner(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${cohortdesk.notices.deadline-reminders:72h,24h}") List<String> deadlineOffsets,
            @Value("${cohortdesk.notices.session-reminders:24h,1h}") List<String> sessionOffsets,
            @Value("${cohortdesk.notices.planning-horizon:8d}") String horizon) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.deadlineOffsets = deadlineOffsets.stream()
                .map(s -> DurationStyle.detectAndParse(s.strip()))
                .toList();
        this.sessionOffsets = sessionOffsets.stream()
                .map(s -> DurationStyle.detectAndParse(s.strip()))
                .toList();
        this.horizon = DurationStyle.detectAndParse(horizon);
    }

    @Transactional
    public Planned plan() {
        return plan(clock.instant(), horizon);
    }

    @Transactional
    public Planned plan(Instant now, Duration horizon) {
        var until = now.plus(horizon);
        // Message-IDs of this run: the plan key (unique) and a random run id (unique per run), so no two rows share one
        var run = UUID.randomUUID().toString();
        int deadlines = 0;
        for (var offset : deadlineOffsets) deadlines += planDeadlines(now, until, offset, run);
        int sessions = 0;
        for (var offset : sessionOffsets) sessions += planSessions(now, until, offset, run);
        int digests = planDigests(now, until);
        return new Planned(deadlines, sessions, digests);
    }

    private Duration longest(List<Duration> offsets) {
        return offsets.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * One set-based insert per offset: every enrolled active learner's effective deadline (the latest extension,
     * else the assessment's) whose reminder falls in (now, until], under a key not yet taken. The key and the
     * Message-ID are computed in the database with SQL that H2 and PostgreSQL both understand (the offset is a
     * whole number of seconds from the settings, never user input, so it is written into the statement). The
     * learner's status is compared as an expression ({@code concat(l.status, '')}) so that H2's optimizer does
     * not start from the learner status index, which makes a cross join of every active learner with every
     * assessment (10 times the rows of the plan that starts from the assessments and their enrolments).
     */
    private int planDeadlines(Instant now, Instant until, Duration offset, String run) {
        var seconds = offset.toSeconds();
        var sql = """
                insert into notice (kind, recipient_email, recipient_name, recipient_zone, learner_id, staff_id, subject, cause_type,
                    cause_id, offering_id, host_id, status, tries, next_attempt_at, message_id, plan_key, created_at, version)
                select 'DEADLINE_REMINDER', p.email, p.full_name, p.time_zone, p.learner_id, null, p.subject, 'ASSESSMENT',
                    p.assessment_id, p.offering_id, null, 'PENDING', 0, p.due - interval '%1$d' second,
                    '<notice-' || replace(p.plan_key, ':', '.') || '.' || ? || '@cohortdesk>', p.plan_key, ?, 0
                from (select q.*, 'deadline:' || cast(q.assessment_id as varchar) || ':' || cast(q.learner_id as varchar) || ':'
                          || cast(cast(floor(extract(epoch from q.due)) as bigint) as varchar) || ':%2$d' as plan_key
                      from (select a.id as assessment_id, l.id as learner_id, o.id as offering_id, l.email, l.full_name, l.time_zone,
                                'Reminder: ' || a.title as subject, coalesce(x.new_due_at, a.due_at) as due
                            from assessment a join offering o on o.id = a.offering_id
                            join enrollment e on e.offering_id = o.id and e.status = 'ENROLLED'
                            join learner l on l.id = e.learner_id and concat(l.status, '') = 'ACTIVE'
                            left join assessment_extension x on x.assessment_id = a.id and x.learner_id = l.id
                                and not exists (select 1 from assessment_extension y
                                                where y.assessment_id = x.assessment_id and y.learner_id = x.learner_id and y.id > x.id)
                            where a.due_at > ? and a.due_at <= ?) q
                      where q.due > ? and q.due <= ?) p
                where not exists (select 1 from notice n where n.plan_key = p.plan_key)
                """.formatted(seconds, offset.toMinutes());
        // an extension moves a deadline later, so every assessment due before the window's end may have learners in it
        return jdbc.update(
                sql,
                run,
                Timestamp.from(now),
                Timestamp.from(now.minus(Duration.ofDays(120))),
                Timestamp.from(until.plus(longest(deadlineOffsets))),
                Timestamp.from(now.plus(offset)),
                Timestamp.from(until.plus(offset)));
    }

    /** One set-based insert per offset: each booked place of an active learner in a scheduled office hour or webinar. */
    private int planSessions(Instant now, Instant until, Duration offset, String run) {
        var sql = """
                insert into notice (kind, recipient_email, recipient_name, recipient_zone, learner_id, staff_id, subject, cause_type,
                    cause_id, offering_id, host_id, status, tries, next_attempt_at, message_id, plan_key, created_at, version)
                select 'SESSION_REMINDER', p.email, p.full_name, p.time_zone, p.learner_id, null, p.subject, 'OCCURRENCE',
                    p.occurrence_id, p.offering_id, p.host_id, 'PENDING', 0, p.starts_at - interval '%1$d' second,
                    '<notice-' || replace(p.plan_key, ':', '.') || '.' || ? || '@cohortdesk>', p.plan_key, ?, 0
                from (select so.id as occurrence_id, l.id as learner_id, s.offering_id, s.host_id, l.email, l.full_name, l.time_zone,
                          'Reminder: ' || s.title as subject, so.starts_at,
                          'session:' || cast(so.id as varchar) || ':' || cast(l.id as varchar) || ':'
                              || cast(cast(floor(extract(epoch from so.starts_at)) as bigint) as varchar) || ':%2$d' as plan_key
                      from session_booking b join session_occurrence so on so.id = b.occurrence_id and so.status = 'SCHEDULED'
                      join live_session s on s.id = so.session_id and s.session_type in ('OFFICE_HOUR', 'WEBINAR')
                      join learner l on l.id = b.learner_id and concat(l.status, '') = 'ACTIVE'
                      where b.status = 'BOOKED' and so.starts_at > ? and so.starts_at <= ?) p
                where not exists (select 1 from notice n where n.plan_key = p.plan_key)
                """.formatted(offset.toSeconds(), offset.toMinutes());
        return jdbc.update(
                sql, run, Timestamp.from(now), Timestamp.from(now.plus(offset)), Timestamp.from(until.plus(offset)));
    }

    /** Each enabled faculty member's next Monday 07:00 digest in their zone (a handful of rows: planned in Java). */
    private int planDigests(Instant now, Instant until) {
        var rows = new ArrayList<Object[]>();
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
            rows.add(new Object[] {
                NoticeKind.FACULTY_DIGEST.name(),
                rs.getString(3),
                rs.getString(2),
                zone.getId(),
                null,
                rs.getLong(1),
                "Your week from " + monday,
                "STAFF",
                rs.getLong(1),
                null,
                rs.getLong(1),
                sendAt,
                PlanKeys.digest(rs.getLong(1), monday)
            });
        });
        if (rows.isEmpty()) return 0;
        var taken = new HashSet<>(named.queryForList(
                "select plan_key from notice where plan_key in (:keys)",
                Map.of("keys", rows.stream().map(r -> (String) r[12]).toList()),
                String.class));
        rows.removeIf(r -> taken.contains((String) r[12]));
        insert(rows, now);
        return rows.size();
    }

    private void insert(List<Object[]> rows, Instant now) {
        var created = Timestamp.from(now);
        for (int from = 0; from < rows.size(); from += 1000) {
            var batch = rows.subList(from, Math.min(rows.size(), from + 1000)).stream()
                    .map(r -> new Object[] {
                        r[0],
                        r[1],
                        r[2],
                        r[3],
                        r[4],
                        r[5],
                        r[6],
                        r[7],
                        r[8],
                        r[9],
                        r[10],
                        Timestamp.from((Instant) r[11]),
                        Notice.newMessageId(),
                        r[12],
                        created
                    })
                    .toList();
            jdbc.batchUpdate("""
                    insert into notice (kind, recipient_email, recipient_name, recipient_zone, learner_id, staff_id, subject, cause_type,
                        cause_id, offering_id, host_id, status, tries, next_attempt_at, message_id, plan_key, created_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, 0)
                    """, batch);
        }
    }
}
