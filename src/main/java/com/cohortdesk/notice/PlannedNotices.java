package com.cohortdesk.notice;

import com.cohortdesk.session.SessionType;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the body of a planned reminder or digest when it is about to be sent, from the data as it is then,
 * or says why it must not be sent any more (the notice is then suppressed with that reason).
 */
@Component
class PlannedNotices {

    /** A body to send, or the reason to send nothing. */
    record Outcome(
            @Nullable NoticeContent content, @Nullable String suppressed) {
        static Outcome send(NoticeContent content) {
            return new Outcome(content, null);
        }

        static Outcome suppress(String why) {
            return new Outcome(null, why);
        }
    }

    private final JdbcTemplate jdbc;

    PlannedNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Outcome render(Notice notice) {
        var key = notice.getPlanKey();
        if (key == null) return Outcome.suppress("Nothing to send: the planned notice has no key.");
        var p = PlanKeys.parts(key);
        var zone = ZoneId.of(notice.getRecipientZone());
        return switch (notice.getKind()) {
            case DEADLINE_REMINDER ->
                deadline(
                        notice,
                        Long.parseLong(p[1]),
                        Long.parseLong(p[2]),
                        Instant.ofEpochSecond(Long.parseLong(p[3])),
                        Duration.ofMinutes(Long.parseLong(p[4])),
                        zone);
            case SESSION_REMINDER ->
                session(
                        notice,
                        Long.parseLong(p[1]),
                        Long.parseLong(p[2]),
                        Instant.ofEpochSecond(Long.parseLong(p[3])),
                        Duration.ofMinutes(Long.parseLong(p[4])),
                        zone);
            case FACULTY_DIGEST -> digest(notice, Long.parseLong(p[1]), LocalDate.parse(p[2]), zone);
            default -> Outcome.suppress("Nothing to send: not a planned notice.");
        };
    }

    private Outcome deadline(
            Notice n, long assessmentId, long learnerId, Instant plannedDue, Duration offset, ZoneId zone) {
        var learner =
                jdbc.query("select l.status from learner l where l.id = ?", (rs, i) -> rs.getString(1), learnerId);
        if (learner.isEmpty() || !"ACTIVE".equals(learner.getFirst()))
            return Outcome.suppress("The learner is no longer active.");
        var rows = jdbc.query(
                """
                select a.title, m.code, a.due_at, a.cut_off_at from assessment a join offering o on o.id = a.offering_id
                join programme_module m on m.id = o.module_id
                join enrollment e on e.offering_id = o.id and e.learner_id = ? and e.status = 'ENROLLED'
                where a.id = ?
                """,
                (rs, i) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()
                },
                learnerId,
                assessmentId);
        if (rows.isEmpty())
            return Outcome.suppress("The learner no longer holds a place in the module, or the assessment is gone.");
        var row = rows.getFirst();
        var ext = jdbc.query(
                """
                select new_due_at, new_cut_off_at from assessment_extension where assessment_id = ? and learner_id = ?
                order by id desc fetch first 1 rows only
                """,
                (rs, i) -> new Instant[] {
                    rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()
                },
                assessmentId,
                learnerId);
        var due = ext.isEmpty() ? (Instant) row[2] : ext.getFirst()[0];
        var cutOff = ext.isEmpty() ? (Instant) row[3] : ext.getFirst()[1];
        if (!due.equals(plannedDue)) {
            return Outcome.suppress("The deadline moved (an extension or a change) after this reminder was planned.");
        }
        return Outcome.send(NoticeComposer.deadlineReminder(
                n.getRecipientName(),
                zone,
                (String) row[0],
                (String) row[1],
                due,
                cutOff,
                !ext.isEmpty(),
                offset.toHours()));
    }

    private Outcome session(
            Notice n, long occurrenceId, long learnerId, Instant plannedStart, Duration offset, ZoneId zone) {
        var rows = jdbc.query(
                """
                select so.status, so.starts_at, s.title, s.session_type, s.meeting_link, m.code, m.title, c.name, b.status
                from session_occurrence so join live_session s on s.id = so.session_id
                left join offering o on o.id = s.offering_id left join programme_module m on m.id = o.module_id
                left join cohort c on c.id = o.cohort_id
                left join session_booking b on b.occurrence_id = so.id and b.learner_id = ? and b.status = 'BOOKED'
                where so.id = ?
                """,
                (rs, i) -> new Object[] {
                    rs.getString(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9)
                },
                learnerId,
                occurrenceId);
        if (rows.isEmpty()) return Outcome.suppress("The session is gone.");
        var r = rows.getFirst();
        if (!"SCHEDULED".equals(r[0])) return Outcome.suppress("The session was cancelled.");
        if (!plannedStart.equals(r[1])) return Outcome.suppress("The session moved after this reminder was planned.");
        if (r[8] == null) return Outcome.suppress("The learner no longer has a place.");
        var forWhom = r[5] == null ? "programme-wide" : r[5] + " " + r[6] + " \u00b7 " + r[7];
        var type = SessionType.valueOf((String) r[3]).label();
        return Outcome.send(NoticeComposer.sessionReminder(
                n.getRecipientName(),
                zone,
                (String) r[2],
                type,
                forWhom,
                (Instant) r[1],
                (String) r[4],
                NoticeComposer.hoursText(offset)));
    }

    /**
     * The faculty member's week (Monday 00:00 to Monday 00:00 in their zone): the sessions they host or of the
     * offerings they lead, with roster and waiting-list counts; deadlines of the offerings they lead; and the
     * extensions granted for those in the week before.
     */
    private Outcome digest(Notice n, long staffId, LocalDate monday, ZoneId zone) {
        var from = monday.atStartOfDay(zone).toInstant();
        var to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        var sessions = new ArrayList<String>();
        jdbc.query(
                """
                select so.starts_at, s.title, so.status,
                  (select count(*) from session_booking b where b.occurrence_id = so.id and b.status = 'BOOKED'),
                  (select count(*) from session_booking b where b.occurrence_id = so.id and b.status = 'WAITING'),
                  (select count(*) from enrollment e where e.offering_id = s.offering_id and e.status = 'ENROLLED')
                from session_occurrence so join live_session s on s.id = so.session_id
                where so.starts_at >= ? and so.starts_at < ?
                  and (s.host_id = ? or s.offering_id in (select ol.offering_id from offering_lead ol where ol.staff_user_id = ?))
                order by so.starts_at, so.id
                """,
                rs -> {
                    var cancelled = "CANCELLED".equals(rs.getString(3));
                    sessions.add(NoticeTimes.format(rs.getTimestamp(1).toInstant(), zone) + ": " + rs.getString(2)
                            + (cancelled
                                    ? " (cancelled)"
                                    : " \u2014 " + rs.getLong(6) + " on the roster, " + rs.getLong(4) + " booked, "
                                            + rs.getLong(5) + " waiting"));
                },
                Timestamp.from(from),
                Timestamp.from(to),
                staffId,
                staffId);
        var deadlines = new ArrayList<String>();
        jdbc.query(
                """
                select a.due_at, a.title, m.code, c.name from assessment a join offering o on o.id = a.offering_id
                join programme_module m on m.id = o.module_id join cohort c on c.id = o.cohort_id
                join offering_lead ol on ol.offering_id = o.id and ol.staff_user_id = ?
                where a.due_at >= ? and a.due_at < ? order by a.due_at, a.id
                """,
                rs -> {
                    deadlines.add(NoticeTimes.format(rs.getTimestamp(1).toInstant(), zone) + ": " + rs.getString(2)
                            + " (" + rs.getString(3) + ", " + rs.getString(4) + ")");
                },
                staffId,
                Timestamp.from(from),
                Timestamp.from(to));
        var extensions = new ArrayList<String>();
        jdbc.query(
                """
                select l.full_name, a.title, m.code, x.new_due_at from assessment_extension x join assessment a on a.id = x.assessment_id
                join offering o on o.id = a.offering_id join programme_module m on m.id = o.module_id
                join offering_lead ol on ol.offering_id = o.id and ol.staff_user_id = ?
                join learner l on l.id = x.learner_id
                where x.granted_at >= ? and x.granted_at < ? order by x.granted_at, x.id
                """,
                rs -> {
                    extensions.add(rs.getString(1) + ": " + rs.getString(2) + " (" + rs.getString(3) + ") now due "
                            + NoticeTimes.format(rs.getTimestamp(4).toInstant(), zone));
                },
                staffId,
                Timestamp.from(from.minus(Duration.ofDays(7))),
                Timestamp.from(from));
        var sections = new ArrayList<NoticeContent.Section>();
        sections.add(
                new NoticeContent.Section("Your sessions this week", sessions.isEmpty() ? List.of("None.") : sessions));
        sections.add(new NoticeContent.Section(
                "Deadlines this week in the modules you lead", deadlines.isEmpty() ? List.of("None.") : deadlines));
        sections.add(new NoticeContent.Section(
                "Extensions granted last week", extensions.isEmpty() ? List.of("None.") : extensions));
        var week = monday.getDayOfMonth() + " " + monday.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        assert monday.getDayOfWeek() == DayOfWeek.MONDAY;
        return Outcome.send(new NoticeContent(
                "Your week from Monday " + week,
                NoticeComposer.greeting(n.getRecipientName()),
                List.of("Here is your week in Cohort Desk. Times are in " + zone.getId()
                        + ", with UK time beside them."),
                sections,
                null,
                null,
                null));
    }
}
