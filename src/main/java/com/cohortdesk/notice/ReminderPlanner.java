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
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans reminders and digests. Reminders are planned in two steps:
 *
 * <ol>
 *   <li><b>Plan</b>: every reminder whose send time falls within the planning horizon (a term, by default) becomes a
 *       narrow row of {@code reminder_plan} keyed by (kind, subject, learner, the time planned for, offset): deadline
 *       reminders before each learner's effective deadline (latest extension applied), session reminders before each
 *       booked office hour or webinar. Planning again finds the key taken, so nothing is planned twice.
 *   <li><b>Queue</b>: the planned rows whose send time is near (the queue-ahead, 8 days by default) are copied into the
 *       outbox as notices without a body, due at their send time, under their {@link PlanKeys plan key} (unique in the
 *       outbox too), and marked queued. Rows whose send time has passed are deleted.
 * </ol>
 *
 * Each faculty member's Monday 07:00 digest in their zone goes straight to the outbox (a handful of rows). Whether a
 * reminder still holds (the deadline did not move, the learner did not withdraw, the session was not moved or
 * cancelled, the recipient did not unsubscribe) is checked when it is sent.
 *
 * <p>Both steps are set-based, one {@code insert ... select ... where not exists} per kind and offset, so a term of
 * 10,000 learners never travels through the application (scripts/notice-benchmark.sh). Only the node holding the
 * planner lease plans ({@link NoticeJobs}); the unique keys would refuse a second.
 */
@Component
class ReminderPlanner {

    /** What one run added: reminders queued into the outbox, digests, and rows added to the plan. */
    record Planned(int deadlineReminders, int sessionReminders, int digests, int plannedAhead) {
        /** Notices added to the outbox. */
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
    private final Duration queueAhead;
    private final Duration planAheadInterval;
    private volatile Instant plannedAheadAt;

    ReminderPlanner(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${cohortdesk.notices.deadline-reminders:72h,24h}") List<String> deadlineOffsets,
            @Value("${cohortdesk.notices.session-reminders:24h,1h}") List<String> sessionOffsets,
            @Value("${cohortdesk.notices.planning-horizon:140d}") String horizon,
            @Value("${cohortdesk.notices.queue-ahead:8d}") String queueAhead,
            @Value("${cohortdesk.notices.plan-ahead-interval:6h}") String planAheadInterval) {
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
        this.queueAhead = DurationStyle.detectAndParse(queueAhead);
        this.planAheadInterval = DurationStyle.detectAndParse(planAheadInterval);
    }

    /**
     * The periodic run: plans the whole horizon when this node last did so longer ago than the plan-ahead interval
     * (or never), otherwise only the queue-ahead window, whose reminders it queues. A change far ahead (an extension,
     * a new place) is planned at the next whole-horizon run, or when it comes within the queue-ahead window.
     */
    @Transactional
    public Planned plan() {
        var now = clock.instant();
        var ahead = plannedAheadAt == null || !now.isBefore(plannedAheadAt.plus(planAheadInterval));
        var planned = plan(now, ahead ? horizon : queueAhead);
        if (ahead) plannedAheadAt = now;
        return planned;
    }

    /** Plans within the horizon and queues what is due within the queue-ahead (or the horizon, if shorter). */
    @Transactional
    public Planned plan(Instant now, Duration horizon) {
        return plan(now, horizon, horizon.compareTo(queueAhead) < 0 ? horizon : queueAhead);
    }

    @Transactional
    public Planned plan(Instant now, Duration horizon, Duration queueAhead) {
        var until = now.plus(horizon);
        int planned = 0;
        if (!deadlineOffsets.isEmpty()) planned += planDeadlines(now, until);
        for (var offset : sessionOffsets) planned += planSessions(now, until, offset);
        // Message-IDs of this run: the plan key (unique) and a random run id (unique per run), so no two rows share one
        var run = UUID.randomUUID().toString();
        var queueUntil = now.plus(queueAhead);
        jdbc.update("delete from reminder_plan where send_at <= ?", Timestamp.from(now));
        int deadlines = queueDeadlines(now, queueUntil, run);
        int sessions = queueSessions(now, queueUntil, run);
        jdbc.update(
                "update reminder_plan set queued = true where queued = false and send_at <= ?",
                Timestamp.from(queueUntil));
        int digests = planDigests(now, until);
        return new Planned(deadlines, sessions, digests, planned);
    }

    private Duration longest(List<Duration> offsets) {
        return offsets.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * One set-based insert for every offset: every enrolled active learner's effective deadline (the latest extension,
     * else the assessment's) whose reminder falls in (now, until], under a key not yet taken. The offsets come from
     * the settings, never user input, so they are written into the statement as a table of values. The learner's
     * status is compared as an expression ({@code concat(l.status, '')}) so that H2's optimizer does not start from
     * the learner status index, which makes a cross join of every active learner with every assessment (10 times the
     * rows of the plan that starts from the assessments and their enrolments).
     */
    private int planDeadlines(Instant now, Instant until) {
        var offsets = deadlineOffsets.stream()
                .map(o -> "(" + o.toMinutes() + ", " + o.toSeconds() + ")")
                .collect(Collectors.joining(", "));
        var sql = """
                insert into reminder_plan (kind, subject_id, learner_id, due_at, offset_minutes, send_at, queued)
                select 'deadline', q.assessment_id, q.learner_id, q.due, o.minutes, q.due - o.secs * interval '1' second, false
                from (select a.id as assessment_id, e.learner_id, coalesce(x.new_due_at, a.due_at) as due
                      from assessment a
                      join enrollment e on e.offering_id = a.offering_id and e.status = 'ENROLLED'
                      join learner l on l.id = e.learner_id and concat(l.status, '') = 'ACTIVE'
                      left join assessment_extension x on x.assessment_id = a.id and x.learner_id = e.learner_id
                          and not exists (select 1 from assessment_extension y
                                          where y.assessment_id = x.assessment_id and y.learner_id = x.learner_id and y.id > x.id)
                      where a.due_at > ? and a.due_at <= ?) q
                cross join (values %s) o (minutes, secs)
                where q.due - o.secs * interval '1' second > ? and q.due - o.secs * interval '1' second <= ?
                  and not exists (select 1 from reminder_plan r where r.kind = 'deadline' and r.subject_id = q.assessment_id
                                  and r.learner_id = q.learner_id and r.due_at = q.due and r.offset_minutes = o.minutes)
                """.formatted(offsets);
        // an extension moves a deadline later, so every assessment due before the window's end may have learners in it
        return jdbc.update(
                sql,
                Timestamp.from(now.minus(Duration.ofDays(120))),
                Timestamp.from(until.plus(longest(deadlineOffsets))),
                Timestamp.from(now),
                Timestamp.from(until));
    }

    /** One set-based insert per offset: each booked place of an active learner in a scheduled office hour or webinar. */
    private int planSessions(Instant now, Instant until, Duration offset) {
        var sql = """
                insert into reminder_plan (kind, subject_id, learner_id, due_at, offset_minutes, send_at, queued)
                select 'session', so.id, b.learner_id, so.starts_at, %2$d, so.starts_at - interval '%1$d' second, false
                from session_booking b join session_occurrence so on so.id = b.occurrence_id and so.status = 'SCHEDULED'
                join live_session s on s.id = so.session_id and s.session_type in ('OFFICE_HOUR', 'WEBINAR')
                join learner l on l.id = b.learner_id and concat(l.status, '') = 'ACTIVE'
                where b.status = 'BOOKED' and so.starts_at > ? and so.starts_at <= ?
                  and not exists (select 1 from reminder_plan r where r.kind = 'session' and r.subject_id = so.id
                                  and r.learner_id = b.learner_id and r.due_at = so.starts_at and r.offset_minutes = %2$d)
                """.formatted(offset.toSeconds(), offset.toMinutes());
        return jdbc.update(sql, Timestamp.from(now.plus(offset)), Timestamp.from(until.plus(offset)));
    }

    /** The plan key of a planned row, in SQL that H2 and PostgreSQL both understand (the same as {@link PlanKeys}). */
    private static final String PLAN_KEY = """
            r.kind || ':' || cast(r.subject_id as varchar) || ':' || cast(r.learner_id as varchar) || ':'
                || cast(cast(floor(extract(epoch from r.due_at)) as bigint) as varchar) || ':' || cast(r.offset_minutes as varchar)""";

    /**
     * The planned deadline reminders due in (now, until] and not yet queued, into the outbox with their recipient.
     * Whatever the learner's status now: a learner who withdrew since is suppressed when the reminder is due, one
     * back from a deferral by then gets it.
     */
    private int queueDeadlines(Instant now, Instant until, String run) {
        var sql = """
                insert into notice (kind, recipient_email, recipient_name, recipient_zone, learner_id, staff_id, subject, cause_type,
                    cause_id, offering_id, host_id, status, tries, next_attempt_at, message_id, plan_key, created_at, version)
                select 'DEADLINE_REMINDER', l.email, l.full_name, l.time_zone, l.id, null, 'Reminder: ' || a.title, 'ASSESSMENT',
                    a.id, a.offering_id, null, 'PENDING', 0, k.send_at,
                    '<notice-' || replace(k.plan_key, ':', '.') || '.' || ? || '@cohortdesk>', k.plan_key, ?, 0
                from (select r.subject_id, r.learner_id, r.send_at, %s as plan_key
                      from reminder_plan r where r.queued = false and r.send_at > ? and r.send_at <= ? and r.kind = 'deadline') k
                join assessment a on a.id = k.subject_id
                join learner l on l.id = k.learner_id
                where not exists (select 1 from notice n where n.plan_key = k.plan_key)
                """.formatted(PLAN_KEY);
        return jdbc.update(sql, run, Timestamp.from(now), Timestamp.from(now), Timestamp.from(until));
    }

    /** The planned session reminders due in (now, until] and not yet queued, into the outbox with their recipient. */
    private int queueSessions(Instant now, Instant until, String run) {
        var sql = """
                insert into notice (kind, recipient_email, recipient_name, recipient_zone, learner_id, staff_id, subject, cause_type,
                    cause_id, offering_id, host_id, status, tries, next_attempt_at, message_id, plan_key, created_at, version)
                select 'SESSION_REMINDER', l.email, l.full_name, l.time_zone, l.id, null, 'Reminder: ' || s.title, 'OCCURRENCE',
                    so.id, s.offering_id, s.host_id, 'PENDING', 0, k.send_at,
                    '<notice-' || replace(k.plan_key, ':', '.') || '.' || ? || '@cohortdesk>', k.plan_key, ?, 0
                from (select r.subject_id, r.learner_id, r.send_at, %s as plan_key
                      from reminder_plan r where r.queued = false and r.send_at > ? and r.send_at <= ? and r.kind = 'session') k
                join session_occurrence so on so.id = k.subject_id
                join live_session s on s.id = so.session_id
                join learner l on l.id = k.learner_id
                where not exists (select 1 from notice n where n.plan_key = k.plan_key)
                """.formatted(PLAN_KEY);
        return jdbc.update(sql, run, Timestamp.from(now), Timestamp.from(now), Timestamp.from(until));
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
