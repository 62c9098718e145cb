package com.cohortdesk.dashboard;

import static com.cohortdesk.dashboard.AttentionQueries.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of the charts: one aggregate query per chart (the cohort filter optional: 0 = every cohort). */
@Component
class ChartQueries {

    record CohortStatusCount(long cohortId, String cohort, String status, long count) {}

    /** Marks of one occurrence of a session of an offering (its term's start, to number the weeks). */
    record OccurrenceMarks(
            String cohort,
            String module,
            LocalDate termStart,
            Instant start,
            long present,
            long late,
            long excused,
            long absent) {}

    record CohortDue(String cohort, Instant due) {}

    record ZoneCount(String zone, long count) {}

    record CohortModuleCount(String cohort, String module, long count) {}

    private final NamedParameterJdbcTemplate jdbc;

    ChartQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource params(@Nullable Long cohortId) {
        return new MapSqlParameterSource().addValue("cohortId", cohortId == null ? 0L : cohortId);
    }

    /** Learners per cohort and status, from the counts the learner feature keeps (learner_status_count, V64). */
    List<CohortStatusCount> learnersByStatus(@Nullable Long cohortId) {
        var sql = """
                select c.id, c.name, n.status, n.learners
                from learner_status_count n join cohort c on c.id = n.cohort_id
                where n.learners > 0 and (:cohortId = 0 or n.cohort_id = :cohortId)
                order by c.intake_year, c.id, n.status
                """;
        return jdbc.query(
                sql,
                params(cohortId),
                (rs, i) -> new CohortStatusCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    private static final String MARK_COUNTS = """
            sum(case when a.mark = 'PRESENT' then 1 else 0 end), sum(case when a.mark = 'LATE' then 1 else 0 end),
            sum(case when a.mark = 'EXCUSED' then 1 else 0 end), sum(case when a.mark = 'ABSENT' then 1 else 0 end)
            """;

    /**
     * Attendance of the sessions of offerings in a term running today, per occurrence: from the marks per occurrence
     * that attendance marking keeps (occurrence_mark_count, V64), so it reads one row per occurrence, not every mark.
     */
    List<OccurrenceMarks> currentTermAttendance(@Nullable Long cohortId, LocalDate today, Instant now) {
        var sql = """
                select c.name, m.code, ct.starts_on, o.starts_at, k.present, k.late, k.excused, k.absent
                from cohort_term ct
                join offering f on f.cohort_id = ct.cohort_id and f.term_no = ct.term_no
                join live_session s on s.offering_id = f.id
                join session_occurrence o on o.session_id = s.id
                join occurrence_mark_count k on k.occurrence_id = o.id
                join cohort c on c.id = f.cohort_id
                join programme_module m on m.id = f.module_id
                where ct.starts_on <= :today and ct.ends_on >= :today and o.starts_at < :now
                  and k.present + k.late + k.excused + k.absent > 0
                  and (:cohortId = 0 or f.cohort_id = :cohortId)
                order by c.name, m.code, o.starts_at, o.id
                """;
        return jdbc.query(
                sql,
                params(cohortId).addValue("today", today).addValue("now", now.atOffset(ZoneOffset.UTC)),
                (rs, i) -> new OccurrenceMarks(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        instant(rs, 4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)));
    }

    /** Attendance of the sessions of the offerings a member of staff leads, per occurrence, in [from, to). */
    List<OccurrenceMarks> ledAttendance(long staffId, Instant from, Instant to) {
        var sql = "select c.name, m.code, ct.starts_on, o.starts_at, " + MARK_COUNTS + """
                from session_attendance a
                join session_occurrence o on o.id = a.occurrence_id
                join live_session s on s.id = o.session_id
                join offering f on f.id = s.offering_id
                join offering_lead ol on ol.offering_id = f.id and ol.staff_user_id = :staffId
                join cohort c on c.id = f.cohort_id
                join programme_module m on m.id = f.module_id
                join cohort_term ct on ct.cohort_id = f.cohort_id and ct.term_no = f.term_no
                where o.starts_at >= :from and o.starts_at < :to
                group by c.name, m.code, ct.starts_on, o.id, o.starts_at
                order by o.starts_at
                """;
        return jdbc.query(
                sql,
                new MapSqlParameterSource()
                        .addValue("staffId", staffId)
                        .addValue("from", utc(from))
                        .addValue("to", utc(to)),
                (rs, i) -> new OccurrenceMarks(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        instant(rs, 4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)));
    }

    /** Deadlines of the offerings of terms running today (or of one cohort's), by cohort. */
    List<CohortDue> currentTermDeadlines(@Nullable Long cohortId, LocalDate today) {
        var sql = """
                select c.name, a.due_at
                from assessment a
                join offering f on f.id = a.offering_id
                join cohort c on c.id = f.cohort_id
                join cohort_term ct on ct.cohort_id = f.cohort_id and ct.term_no = f.term_no
                where ct.starts_on <= :today and ct.ends_on >= :today and (:cohortId = 0 or f.cohort_id = :cohortId)
                order by c.name, a.due_at
                """;
        return jdbc.query(
                sql,
                params(cohortId).addValue("today", today),
                (rs, i) -> new CohortDue(rs.getString(1), instant(rs, 2)));
    }

    /** Active learners per home time zone. */
    List<ZoneCount> activeLearnersByZone(@Nullable Long cohortId) {
        var sql = """
                select l.time_zone, count(*) from learner l
                where l.status = 'ACTIVE' and (:cohortId = 0 or l.cohort_id = :cohortId)
                group by l.time_zone
                """;
        return jdbc.query(sql, params(cohortId), (rs, i) -> new ZoneCount(rs.getString(1), rs.getLong(2)));
    }

    /** Places (not withdrawn) per module of every active cohort. */
    List<CohortModuleCount> placesPerModule(@Nullable Long cohortId) {
        var sql = """
                select c.name, m.code, count(*)
                from enrollment e
                join offering f on f.id = e.offering_id
                join cohort c on c.id = f.cohort_id
                join programme_module m on m.id = f.module_id
                where c.status = 'ACTIVE' and e.status <> 'WITHDRAWN' and (:cohortId = 0 or f.cohort_id = :cohortId)
                group by c.intake_year, c.name, m.code
                order by c.intake_year, m.code
                """;
        return jdbc.query(
                sql,
                params(cohortId),
                (rs, i) -> new CohortModuleCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
