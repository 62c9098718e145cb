package com.cohortdesk.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A feed's version stamp, cheap enough for every request: one read-only SQL statement over the rows the
 * feed is made of (the subject, its places, offerings, modules, cohorts, sessions, occurrences, hosts,
 * bookings, assessments and extensions) giving, per kind, the count, the sum of ids and the sum of
 * {@code @Version}s. An edit raises a version, an insert raises the count, a delete lowers it, and a
 * delete with an insert changes the id sum (new ids are larger than any deleted one), so any change of
 * what the feed shows changes the stamp; rows written by JDBC batches (bulk enrolment) count too. With the
 * first day of the window it is hashed (SHA-256, 128 bits in hex): the ETag.
 * <p>
 * This is the one place where the calendar reads other features' tables directly, for speed (a 304
 * needs this statement and the token lookup only); the feed's content is read through their services.
 */
@Component
class FeedStamps {

    /** Bump when the feed's format changes, so clients fetch it again. */
    static final String FORMAT = "feed-1";

    private static final String LEARNER = """
            select * from
             (select l.version lv, c.version cv from learner l join cohort c on c.id = l.cohort_id where l.id = ?) l1,
             (select count(*) n, coalesce(sum(e.id), 0) i, coalesce(sum(e.version), 0) v, coalesce(sum(o.version), 0) ov,
                     coalesce(sum(m.version), 0) mv, coalesce(sum(oc.version), 0) ocv
                from enrollment e join offering o on o.id = e.offering_id join programme_module m on m.id = o.module_id
                join cohort oc on oc.id = o.cohort_id where e.learner_id = ?) e1,
             (select count(*) n, coalesce(sum(x.id), 0) i, coalesce(sum(x.version), 0) v, coalesce(sum(s.version), 0) sv,
                     coalesce(sum(u.version), 0) uv
                from enrollment e join live_session s on s.offering_id = e.offering_id join session_occurrence x on x.session_id = s.id
                join staff_user u on u.id = s.host_id where e.learner_id = ?) s1,
             (select count(*) n, coalesce(sum(b.id), 0) i, coalesce(sum(b.version), 0) v from session_booking b
                where b.occurrence_id in (select occurrence_id from session_booking where learner_id = ?)) b1,
             (select count(*) n, coalesce(sum(x.id), 0) i, coalesce(sum(x.version), 0) v, coalesce(sum(s.version), 0) sv,
                     coalesce(sum(u.version), 0) uv, coalesce(sum(o.version), 0) ov
                from session_occurrence x join live_session s on s.id = x.session_id join staff_user u on u.id = s.host_id
                left join offering o on o.id = s.offering_id
                where x.id in (select occurrence_id from session_booking where learner_id = ?)) bo1,
             (select count(*) n, coalesce(sum(a.id), 0) i, coalesce(sum(a.version), 0) v
                from enrollment e join assessment a on a.offering_id = e.offering_id where e.learner_id = ?) a1,
             (select count(*) n, coalesce(sum(id), 0) i, coalesce(sum(version), 0) v from assessment_extension where learner_id = ?) x1
            """;

    private static final String COHORT = """
            select * from
             (select c.version cv from cohort c where c.id = ?) c1,
             (select count(*) n, coalesce(sum(o.id), 0) i, coalesce(sum(o.version), 0) v, coalesce(sum(m.version), 0) mv
                from offering o join programme_module m on m.id = o.module_id where o.cohort_id = ?) o1,
             (select count(*) n, coalesce(sum(x.id), 0) i, coalesce(sum(x.version), 0) v, coalesce(sum(s.version), 0) sv,
                     coalesce(sum(u.version), 0) uv
                from offering o join live_session s on s.offering_id = o.id join session_occurrence x on x.session_id = s.id
                join staff_user u on u.id = s.host_id where o.cohort_id = ?) s1,
             (select count(*) n, coalesce(sum(a.id), 0) i, coalesce(sum(a.version), 0) v
                from offering o join assessment a on a.offering_id = o.id where o.cohort_id = ?) a1
            """;

    private static final String FACULTY = """
            select * from
             (select u.version uv from staff_user u where u.id = ?) u1,
             (select count(*) n, coalesce(sum(x.id), 0) i, coalesce(sum(x.version), 0) v, coalesce(sum(s.version), 0) sv,
                     coalesce(sum(o.version), 0) ov, coalesce(sum(m.version), 0) mv, coalesce(sum(c.version), 0) cv
                from live_session s join session_occurrence x on x.session_id = s.id left join offering o on o.id = s.offering_id
                left join programme_module m on m.id = o.module_id left join cohort c on c.id = o.cohort_id
                where s.host_id = ?) s1,
             (select count(*) n, coalesce(sum(l.offering_id), 0) i, coalesce(sum(o.version), 0) ov, coalesce(sum(m.version), 0) mv,
                     coalesce(sum(c.version), 0) cv
                from offering_lead l join offering o on o.id = l.offering_id join programme_module m on m.id = o.module_id
                join cohort c on c.id = o.cohort_id where l.staff_user_id = ?) l1,
             (select count(*) n, coalesce(sum(a.id), 0) i, coalesce(sum(a.version), 0) v
                from offering_lead l join assessment a on a.offering_id = l.offering_id where l.staff_user_id = ?) a1
            """;

    private final JdbcTemplate jdbc;

    FeedStamps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamp of a subject's feed whose window starts on {@code windowStart}; "gone" when the subject no longer exists. */
    String stamp(FeedSubject subject, long subjectId, LocalDate windowStart) {
        var sql = switch (subject) {
            case LEARNER -> LEARNER;
            case COHORT -> COHORT;
            case FACULTY -> FACULTY;
        };
        int parameters = (int) sql.chars().filter(c -> c == '?').count();
        var arguments = new Object[parameters];
        Arrays.fill(arguments, subjectId);
        var text = new StringBuilder(FORMAT)
                .append('|')
                .append(subject)
                .append('|')
                .append(subjectId)
                .append('|')
                .append(windowStart);
        var found = jdbc.query(
                sql,
                rs -> {
                    if (!rs.next()) return false;
                    int columns = rs.getMetaData().getColumnCount();
                    for (int i = 1; i <= columns; i++) text.append('|').append(rs.getLong(i));
                    return true;
                },
                arguments);
        if (!Boolean.TRUE.equals(found)) text.append("|gone");
        return hash(text.toString());
    }

    static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
