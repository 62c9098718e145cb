package com.cohortdesk.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The personal data the existing features hold about a learner, read and pseudonymised in SQL: the learner's
 * details and search words, status history, places, bookings, attendance, extensions and calendar feeds.
 * (The audit trail is the privacy service's own step: it needs every source's entities first.)
 */
@Configuration
class LearnerSources {

    @Bean
    PersonalDataSource learnerDetailsSource(JdbcTemplate jdbc) {
        return new PersonalDataSource() {
            public String section() {
                return "learner";
            }

            public int order() {
                return 10;
            }

            public Object learnerRecords(long id) {
                var rows = Rows.query(jdbc, """
                        select l.id, l.full_name, l.email, l.country, l.time_zone, l.status, c.name as cohort,
                            d.name as deferred_from_cohort, l.erased_at
                        from learner l join cohort c on c.id = l.cohort_id left join cohort d on d.id = l.deferred_from_cohort_id
                        where l.id = ?""", id);
                return rows.isEmpty() ? Map.of() : rows.getFirst();
            }

            public void eraseLearner(long id, Pseudonym pseudonym) {
                jdbc.update("delete from learner_search_word where learner_id = ?", id);
            }
        };
    }

    @Bean
    PersonalDataSource statusHistorySource(JdbcTemplate jdbc) {
        return new PersonalDataSource() {
            public String section() {
                return "statusHistory";
            }

            public int order() {
                return 20;
            }

            public Object learnerRecords(long id) {
                return Rows.query(jdbc, """
                        select h.id, h.from_status, h.to_status, f.name as from_cohort, t.name as to_cohort, h.reason,
                            h.changed_by, h.changed_at
                        from learner_status_change h join cohort f on f.id = h.from_cohort_id join cohort t on t.id = h.to_cohort_id
                        where h.learner_id = ? order by h.changed_at, h.id""", id);
            }

            public Map<String, Collection<Long>> auditedEntities(long id) {
                return Map.of(
                        "LearnerStatusChange",
                        ids(jdbc, "select id from learner_status_change where learner_id = ?", id));
            }

            public void eraseLearner(long id, Pseudonym pseudonym) {
                jdbc.update("update learner_status_change set reason = ? where learner_id = ?", Pseudonym.ERASED, id);
            }
        };
    }

    @Bean
    PersonalDataSource placesSource(JdbcTemplate jdbc) {
        return new PersonalDataSource() {
            public String section() {
                return "places";
            }

            public int order() {
                return 30;
            }

            public Object learnerRecords(long id) {
                var places = Rows.query(jdbc, """
                        select e.id, m.code as module_code, m.title as module_title, c.name as cohort, o.term_no, o.part_no,
                            o.ects, e.status
                        from enrollment e join offering o on o.id = e.offering_id join programme_module m on m.id = o.module_id
                            join cohort c on c.id = o.cohort_id
                        where e.learner_id = ? order by o.term_no, m.code, e.id""", id);
                var changes = Rows.query(jdbc, """
                        select s.enrollment_id, s.from_status, s.to_status, s.reason, s.changed_by, s.changed_at
                        from enrollment_status_change s join enrollment e on e.id = s.enrollment_id
                        where e.learner_id = ? order by s.changed_at, s.id""", id);
                for (var place : places) {
                    place.put(
                            "history",
                            changes.stream()
                                    .filter(c -> c.get("enrollmentId").equals(place.get("id")))
                                    .toList());
                }
                return places;
            }

            public Map<String, Collection<Long>> auditedEntities(long id) {
                return Map.of("Enrollment", ids(jdbc, "select id from enrollment where learner_id = ?", id));
            }

            public void eraseLearner(long id, Pseudonym pseudonym) {
                jdbc.update(
                        "update enrollment_status_change set reason = ? where enrollment_id in "
                                + "(select e.id from enrollment e where e.learner_id = ?)",
                        Pseudonym.ERASED,
                        id);
            }
        };
    }

    @Bean
    PersonalDataSource bookingsSource(JdbcTemplate jdbc) {
        return new PersonalDataSource() {
            public String section() {
                return "bookings";
            }

            public int order() {
                return 40;
            }

            public Object learnerRecords(long id) {
                return Rows.query(jdbc, """
                        select b.id, s.title as session, o.starts_at, b.status, b.booked_at, b.booked_by
                        from session_booking b join session_occurrence o on o.id = b.occurrence_id join live_session s on s.id = o.session_id
                        where b.learner_id = ? order by o.starts_at, b.id""", id);
            }

            public Map<String, Collection<Long>> auditedEntities(long id) {
                return Map.of("SessionBooking", ids(jdbc, "select id from session_booking where learner_id = ?", id));
            }
        };
    }

    @Bean
    PersonalDataSource attendanceSource(JdbcTemplate jdbc) {
        return new PersonalDataSource() {
            public String section() {
                return "attendance";
            }

            public int order() {
                return 41;
            }

            public Object learnerRecords(long id) {
                return Rows.query(jdbc, """
                        select a.id, s.title as session, o.starts_at, a.mark, a.note, a.marked_at, a.marked_by
                        from session_attendance a join session_occurrence o on o.id = a.occurrence_id join live_session s on s.id = o.session_id
                        where a.learner_id = ? order by o.starts_at, a.id""", id);
            }

            public Map<String, Collection<Long>> auditedEntities(long id) {
                return Map.of(
                        "SessionAttendance", ids(jdbc, "select id from session_attendance where learner_id = ?", id));
            }

            public void eraseLearner(long id, Pseudonym pseudonym) {
                jdbc.update(
                        "update session_attendance set note = ? where learner_id = ? and note is not null",
                        Pseudonym.ERASED,
                        id);
            }
        };
    }

    @Bean
    PersonalDataSource extensionsSource(JdbcTemplate jdbc) {
        return new PersonalDataSource() {
            public String section() {
                return "extensions";
            }

            public int order() {
                return 50;
            }

            public Object learnerRecords(long id) {
                return Rows.query(jdbc, """
                        select x.id, a.title as assessment, m.code as module_code, a.due_at as original_due_at, x.new_due_at,
                            x.new_cut_off_at, x.entry_zone, x.reason, x.approved_by, x.granted_at
                        from assessment_extension x join assessment a on a.id = x.assessment_id join offering o on o.id = a.offering_id
                            join programme_module m on m.id = o.module_id
                        where x.learner_id = ? order by x.granted_at, x.id""", id);
            }

            public Map<String, Collection<Long>> auditedEntities(long id) {
                return Map.of("Extension", ids(jdbc, "select id from assessment_extension where learner_id = ?", id));
            }

            public void eraseLearner(long id, Pseudonym pseudonym) {
                jdbc.update("update assessment_extension set reason = ? where learner_id = ?", Pseudonym.ERASED, id);
            }
        };
    }

    /** Feed links: metadata only, never the token or its hash. Erasure revokes the link (no hash: every address stops working). */
    @Bean
    PersonalDataSource calendarFeedsSource(JdbcTemplate jdbc, Clock clock) {
        return new PersonalDataSource() {
            public String section() {
                return "calendarFeeds";
            }

            public int order() {
                return 60;
            }

            public Object learnerRecords(long id) {
                return feeds(jdbc, "LEARNER", id);
            }

            public Object staffRecords(long id) {
                return feeds(jdbc, "FACULTY", id);
            }

            public Map<String, Collection<Long>> auditedEntities(long id) {
                return Map.of(
                        "CalendarFeed",
                        ids(
                                jdbc,
                                "select id from calendar_feed where subject_type = 'LEARNER' and subject_id = ?",
                                id));
            }

            public void eraseLearner(long id, Pseudonym pseudonym) {
                revokeFeeds(jdbc, clock, "LEARNER", id);
            }
        };
    }

    static List<Map<String, @org.jspecify.annotations.Nullable Object>> feeds(
            JdbcTemplate jdbc, String subjectType, long id) {
        return Rows.query(jdbc, """
                select id, case when hashed_token is null then false else true end as active, issued_at, issued_by, revoked_at,
                    last_fetched_at, last_user_agent
                from calendar_feed where subject_type = ? and subject_id = ?""", subjectType, id);
    }

    static void revokeFeeds(JdbcTemplate jdbc, Clock clock, String subjectType, long id) {
        jdbc.update("""
                update calendar_feed set hashed_token = null, revoked_at = coalesce(revoked_at, ?), last_user_agent = null,
                    version = version + 1
                where subject_type = ? and subject_id = ?""", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), subjectType, id);
    }

    static List<Long> ids(JdbcTemplate jdbc, String sql, long id) {
        return jdbc.queryForList(sql, Long.class, id);
    }
}
