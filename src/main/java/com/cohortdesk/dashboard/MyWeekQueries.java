package com.cohortdesk.dashboard;

import static com.cohortdesk.dashboard.AttentionQueries.instant;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of faculty's "My week": the sessions they host, the deadlines of the offerings they lead. */
@Component
class MyWeekQueries {

    record SessionRow(
            long occurrenceId,
            String title,
            String forWhom,
            Instant start,
            int minutes,
            @org.jspecify.annotations.Nullable Integer capacity,
            long expected,
            long booked,
            long waiting) {}

    private final NamedParameterJdbcTemplate jdbc;

    MyWeekQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SessionRow> hostedSessions(long staffId, Instant from, Instant to) {
        var sql = """
                select o.id, s.title, coalesce(c.name || ', ' || m.code, 'Programme-wide'), o.starts_at, s.duration_minutes, s.capacity,
                       (select count(*) from enrollment e where e.offering_id = s.offering_id and e.status = 'ENROLLED'),
                       (select count(*) from session_booking b where b.occurrence_id = o.id and b.status = 'BOOKED'),
                       (select count(*) from session_booking b where b.occurrence_id = o.id and b.status = 'WAITING')
                from session_occurrence o
                join live_session s on s.id = o.session_id
                left join offering f on f.id = s.offering_id
                left join cohort c on c.id = f.cohort_id
                left join programme_module m on m.id = f.module_id
                where s.host_id = :staffId and o.status = 'SCHEDULED' and o.starts_at >= :from and o.starts_at < :to
                order by o.starts_at, o.id
                """;
        return jdbc.query(
                sql,
                new MapSqlParameterSource()
                        .addValue("staffId", staffId)
                        .addValue("from", utc(from))
                        .addValue("to", utc(to)),
                (rs, i) -> new SessionRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs, 4),
                        rs.getInt(5),
                        (Integer) rs.getObject(6, Integer.class),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9)));
    }

    /** Deadlines in [from, to) of the offerings the member of staff leads, with the learners holding an extension of each. */
    List<MyWeek.LedDeadline> ledDeadlines(long staffId, Instant from, Instant to) {
        var sql = """
                select a.id, f.cohort_id, f.term_no, c.name, m.code, a.title, a.due_at,
                       (select count(distinct x.learner_id) from assessment_extension x where x.assessment_id = a.id)
                from assessment a
                join offering f on f.id = a.offering_id
                join offering_lead ol on ol.offering_id = f.id and ol.staff_user_id = :staffId
                join cohort c on c.id = f.cohort_id
                join programme_module m on m.id = f.module_id
                where a.due_at >= :from and a.due_at < :to
                order by a.due_at, a.id
                """;
        return jdbc.query(
                sql,
                new MapSqlParameterSource()
                        .addValue("staffId", staffId)
                        .addValue("from", utc(from))
                        .addValue("to", utc(to)),
                (rs, i) -> new MyWeek.LedDeadline(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs, 7),
                        rs.getLong(8)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
