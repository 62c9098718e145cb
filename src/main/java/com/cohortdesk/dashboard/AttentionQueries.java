package com.cohortdesk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of "Needs attention". Each kind is one row query (an optional cohort filter); the panel counts the
 * same query's rows in the database ({@link #count}), the list page reads them ({@link #rows}). Sessions and
 * deadlines of the coming days are few, so those are read as rows and classified in Java.
 */
@Component
class AttentionQueries {

    /** A session occurrence of the coming days with what may be wrong with it. */
    record SessionCheck(
            long occurrenceId,
            long cohortId,
            String cohort,
            String title,
            Instant start,
            @Nullable Integer capacity,
            long booked,
            long waiting,
            String host,
            boolean hostEnabled,
            boolean noLink,
            @Nullable String clashTitle) {

        boolean full() {
            return capacity != null && booked >= capacity && waiting > 0;
        }
    }

    /** A deadline that counts towards a cohort's load. */
    record DeadlineRow(
            long assessmentId, long cohortId, String cohort, int term, String module, String title, Instant due) {}

    /** A row of a counted kind: the cohort, the object's id, what and details, and the cohort's term where it matters. */
    record KindRow(long cohortId, String cohort, long refId, String subject, String detail, int term) {}

    private final NamedParameterJdbcTemplate jdbc;

    AttentionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Scheduled occurrences starting in [from, to), with bookings, the host's state and an overlapping one of the same host. */
    List<SessionCheck> sessions(Instant from, Instant to) {
        var sql = """
                select o.id, coalesce(f.cohort_id, 0) as cohort_id, coalesce(c.name, 'Programme-wide') as cohort, s.title, o.starts_at,
                       s.capacity, su.display_name,
                       case when su.enabled and exists (select 1 from staff_user_role r where r.staff_user_id = su.id) then 1 else 0 end, case when trim(s.meeting_link) = '' then 1 else 0 end as no_link,
                       (select count(*) from session_booking b where b.occurrence_id = o.id and b.status = 'BOOKED') as booked,
                       (select count(*) from session_booking b where b.occurrence_id = o.id and b.status = 'WAITING') as waiting,
                       (select min(s2.title) from session_occurrence o2 join live_session s2 on s2.id = o2.session_id
                         where s2.host_id = s.host_id and o2.id <> o.id and o2.status = 'SCHEDULED'
                           and o2.starts_at > :overlapFrom and o2.starts_at < :overlapTo
                           and o2.starts_at < o.starts_at + s.duration_minutes * interval '1' minute
                           and o.starts_at < o2.starts_at + s2.duration_minutes * interval '1' minute) as clash_title
                from session_occurrence o
                join live_session s on s.id = o.session_id
                join staff_user su on su.id = s.host_id
                left join offering f on f.id = s.offering_id
                left join cohort c on c.id = f.cohort_id
                where o.status = 'SCHEDULED' and o.starts_at >= :from and o.starts_at < :to
                order by o.starts_at, o.id
                """;
        var params = new MapSqlParameterSource()
                .addValue("from", utc(from))
                .addValue("to", utc(to))
                .addValue("overlapFrom", utc(from.minusSeconds(8 * 3600)))
                .addValue("overlapTo", utc(to.plusSeconds(8 * 3600)));
        return jdbc.query(
                sql,
                params,
                (rs, i) -> new SessionCheck(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs, 5),
                        (Integer) rs.getObject(6, Integer.class),
                        rs.getLong(10),
                        rs.getLong(11),
                        rs.getString(7),
                        rs.getInt(8) == 1,
                        rs.getInt(9) == 1,
                        rs.getString(12)));
    }

    /** Deadlines of every cohort due in [from, to). */
    List<DeadlineRow> deadlines(Instant from, Instant to) {
        var sql = """
                select a.id, f.cohort_id, c.name, f.term_no, m.code, a.title, a.due_at
                from assessment a
                join offering f on f.id = a.offering_id
                join cohort c on c.id = f.cohort_id
                join programme_module m on m.id = f.module_id
                where a.due_at >= :from and a.due_at < :to
                order by f.cohort_id, a.due_at, a.id
                """;
        return jdbc.query(
                sql,
                new MapSqlParameterSource().addValue("from", utc(from)).addValue("to", utc(to)),
                (rs, i) -> new DeadlineRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs, 7)));
    }

    /** The counted kinds: their row query (columns cohort_id, cohort, ref_id, subject, detail, term_no). */
    private static String rowSql(AttentionKind kind) {
        return switch (kind) {
            // The last N sessions each active learner was expected at (a mark that is not "excused"), attended =
            // present or late.
            case LOW_ATTENDANCE -> """
                    select l.cohort_id, c.name as cohort, l.id as ref_id, l.full_name as subject,
                           cast(sum(case when r.mark in ('PRESENT', 'LATE') then 1 else 0 end) as varchar(10)) || ' of '
                           || cast(count(*) as varchar(10)) || ' attended' as detail, 0 as term_no
                    from (select a.learner_id, a.mark,
                                 row_number() over (partition by a.learner_id order by o.starts_at desc, o.id desc) as rn
                          from session_attendance a join session_occurrence o on o.id = a.occurrence_id
                          where a.mark <> 'EXCUSED' and o.starts_at < :now) r
                    join learner l on l.id = r.learner_id
                    join cohort c on c.id = l.cohort_id
                    where r.rn <= :sessions and l.status = 'ACTIVE' and (:cohortId = 0 or l.cohort_id = :cohortId)
                    group by l.cohort_id, c.name, l.id, l.full_name
                    having sum(case when r.mark in ('PRESENT', 'LATE') then 1 else 0 end) * 100 < :percent * count(*)
                    """;
            // Active learners of a cohort in a term today lacking a place in one or more of that term's offerings.
            // Starts from
            // the few offerings of the terms running today: every (active learner, offering) pair of those terms except
            // the
            // places held in them (read through the offerings' enrolment index), two sets the database builds once
            // each,
            // instead of a NOT EXISTS per learner of every cohort; only the missing pairs meet the learner table again.
            case LEARNER_NO_PLACE -> """
                    select l.cohort_id, c.name as cohort, l.id as ref_id, l.full_name as subject,
                           'no place in ' || cast(count(*) as varchar(3)) || ' of the term ' || cast(x.term_no as varchar(2))
                           || ' offerings' as detail, x.term_no
                    from (select f.cohort_id, l.id as learner_id, f.id as offering_id, f.term_no
                          from cohort_term ct
                          join offering f on f.cohort_id = ct.cohort_id and f.term_no = ct.term_no
                          join learner l on l.cohort_id = ct.cohort_id
                          where ct.starts_on <= :today and ct.ends_on >= :today and (:cohortId = 0 or ct.cohort_id = :cohortId)
                            and l.status = 'ACTIVE'
                          except
                          select f.cohort_id, e.learner_id, e.offering_id, f.term_no
                          from cohort_term ct
                          join offering f on f.cohort_id = ct.cohort_id and f.term_no = ct.term_no
                          join enrollment e on e.offering_id = f.id
                          where ct.starts_on <= :today and ct.ends_on >= :today and (:cohortId = 0 or ct.cohort_id = :cohortId)
                            and e.status <> 'WITHDRAWN') x
                    join learner l on l.id = x.learner_id
                    join cohort c on c.id = x.cohort_id
                    group by l.cohort_id, c.name, l.id, l.full_name, x.term_no
                    """;
            case OFFERING_NO_LEARNERS -> """
                    select f.cohort_id, c.name as cohort, f.id as ref_id, m.code || ' ' || m.title as subject,
                           'term ' || cast(f.term_no as varchar(2)) || ': no learner holds a place' as detail, f.term_no
                    from offering f
                    join cohort c on c.id = f.cohort_id
                    join programme_module m on m.id = f.module_id
                    join cohort_term ct on ct.cohort_id = f.cohort_id and ct.term_no = f.term_no
                    where ct.starts_on <= :today and ct.ends_on >= :today and (:cohortId = 0 or f.cohort_id = :cohortId)
                      and not exists (select 1 from enrollment e where e.offering_id = f.id and e.status <> 'WITHDRAWN')
                    """;
            case TERM_NO_OFFERINGS -> """
                    select c.id as cohort_id, c.name as cohort, c.id as ref_id, 'Term ' || cast(ct.term_no as varchar(2)) as subject,
                           case when ct.starts_on <= :today then 'running since ' else 'starts on ' end || cast(ct.starts_on as varchar(10))
                           || ', no offerings set up' as detail, ct.term_no
                    from cohort_term ct
                    join cohort c on c.id = ct.cohort_id
                    where c.status <> 'COMPLETED' and ct.starts_on <= :soon and ct.ends_on >= :today
                      and (:cohortId = 0 or c.id = :cohortId)
                      and not exists (select 1 from offering f where f.cohort_id = ct.cohort_id and f.term_no = ct.term_no)
                    """;
            case WEIGHTS_NOT_100 -> """
                    select f.cohort_id, c.name as cohort, f.id as ref_id, m.code || ' ' || m.title as subject,
                           'weights add up to ' || cast(coalesce(sum(a.weight), 0) as varchar(12)) || ' %' as detail, f.term_no
                    from offering f
                    join cohort c on c.id = f.cohort_id
                    join programme_module m on m.id = f.module_id
                    join cohort_term ct on ct.cohort_id = f.cohort_id and ct.term_no = f.term_no
                    left join assessment a on a.offering_id = f.id
                    where ct.starts_on <= :today and ct.ends_on >= :today and (:cohortId = 0 or f.cohort_id = :cohortId)
                    group by f.cohort_id, c.name, f.id, m.code, m.title, f.term_no
                    having coalesce(sum(a.weight), 0) <> 100
                    """;
            default -> throw new IllegalStateException("not a counted kind: " + kind);
        };
    }

    private static MapSqlParameterSource params(
            Instant now, LocalDate today, AttendanceThreshold threshold, @Nullable Long cohortId) {
        return new MapSqlParameterSource()
                .addValue("now", utc(now))
                .addValue("today", today)
                .addValue("soon", today.plusWeeks(4))
                .addValue("sessions", threshold.sessions())
                .addValue("percent", threshold.percent())
                .addValue("cohortId", cohortId == null ? 0L : cohortId);
    }

    /** How many rows of a counted kind per cohort (cohort id → name and count), in cohort name order. */
    Map<Long, Map.Entry<String, Long>> count(
            AttentionKind kind, Instant now, LocalDate today, AttendanceThreshold threshold) {
        var sql = kind == AttentionKind.LOW_ATTENDANCE
                ? lowAttendanceCountSql(threshold)
                : "select x.cohort_id, x.cohort, count(*) from (" + rowSql(kind)
                        + ") x group by x.cohort_id, x.cohort order by x.cohort";
        var counts = new LinkedHashMap<Long, Map.Entry<String, Long>>();
        jdbc.query(sql, params(now, today, threshold, null), rs -> {
            counts.put(rs.getLong(1), Map.entry(rs.getString(2), rs.getLong(3)));
        });
        return counts;
    }

    /**
     * The panel's count of low attendance, from each learner's last sessions as attendance marking keeps them
     * (learner_recent_attendance, V64) instead of a window over every mark: "attended * 100 < percent * counted" is, for
     * each possible count k of the window, "attended at most (percent * k - 1) / 100", one index range each. The list
     * ({@link #rows}) still reads the marks themselves.
     */
    private static String lowAttendanceCountSql(AttendanceThreshold threshold) {
        var ranges = new ArrayList<String>();
        for (int counted = 1; counted <= threshold.sessions(); counted++) {
            int product = threshold.percent() * counted;
            if (product <= 0) continue;
            ranges.add("select learner_id from learner_recent_attendance where window_size = " + threshold.sessions()
                    + " and counted = " + counted + " and attended <= " + (product - 1) / 100);
        }
        if (ranges.isEmpty()) ranges.add("select learner_id from learner_recent_attendance where 1 = 0");
        // "l.id in (...)": H2 reads the few matching windows first and looks the learners up by id (as a join it walked
        // every active learner and probed the windows for each: 370 ms at 100,000 learners); PostgreSQL does either.
        return "select l.cohort_id, c.name, count(*) from learner l join cohort c on c.id = l.cohort_id"
                + " where l.status = 'ACTIVE' and l.id in (" + String.join(" union all ", ranges) + ")"
                + " group by l.cohort_id, c.name order by c.name";
    }

    /** The rows of a counted kind, optionally of one cohort, by cohort and subject. */
    List<KindRow> rows(
            AttentionKind kind, Instant now, LocalDate today, AttendanceThreshold threshold, @Nullable Long cohortId) {
        var sql = "select x.cohort_id, x.cohort, x.ref_id, x.subject, x.detail, x.term_no from (" + rowSql(kind)
                + ") x order by x.cohort, x.subject, x.ref_id";
        return jdbc.query(
                sql,
                params(now, today, threshold, cohortId),
                (rs, i) -> new KindRow(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6)));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
