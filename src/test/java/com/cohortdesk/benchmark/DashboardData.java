package com.cohortdesk.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The dashboard's data on top of the 100,000 learners and their places, by JDBC batches: term dates for every
 * cohort (the three youngest are in a term now: the one EnrollmentData enrolled them into, which began 8 weeks ago),
 * for every offering of those current terms a weekly webinar (roster: its enrolled learners) and a weekly office hour
 * (capacity 10, the next weeks booked beyond it) over the 16 weeks of the term, an attendance row for every learner
 * expected at every past occurrence, and three assessments per offering. A database that has sessions is reused.
 */
final class DashboardData {

    static final int WEEKS = 16;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String[] MARKS = {
        "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "LATE", "EXCUSED", "ABSENT", "ABSENT"
    };

    record Filled(int occurrences, long attendance, int assessments) {}

    private DashboardData() {}

    static Filled fill(DataSource dataSource, List<Long> cohortIds, LocalDate today, long seed) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (count(connection, "select count(*) from live_session") == 0) {
                insert(connection, cohortIds, today, new Random(seed));
                connection.commit();
            }
            return new Filled(
                    (int) count(connection, "select count(*) from session_occurrence"),
                    count(connection, "select count(*) from session_attendance"),
                    (int) count(connection, "select count(*) from assessment"));
        }
    }

    private static void insert(Connection connection, List<Long> cohortIds, LocalDate today, Random random)
            throws SQLException {
        long hostId = host(connection);
        var currentStart = today.minusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var currentTerms = new ArrayList<long[]>(); // cohort id, term
        try (var insert = connection.prepareStatement(
                "insert into cohort_term (cohort_id, term_no, starts_on, ends_on) values (?, ?, ?, ?)")) {
            for (int c = 0; c < cohortIds.size(); c++) {
                if (count(connection, "select count(*) from cohort_term where cohort_id = " + cohortIds.get(c)) > 0)
                    continue;
                int age = cohortIds.size() - 1 - c;
                // EnrollmentData's current term: age 0 → 1, 1 → 3, 2 → 5; older cohorts finished (their term 6 ended).
                int current = age >= 3 ? 7 : age == 2 ? 5 : age == 1 ? 3 : 1;
                if (current <= 6) currentTerms.add(new long[] {cohortIds.get(c), current});
                var anchor = age >= 3
                        ? today.minusYears(age - 2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        : currentStart;
                for (int term = 1; term <= 6; term++) {
                    var start = anchor.plusWeeks(18L * (term - Math.min(current, 7)));
                    insert.setLong(1, cohortIds.get(c));
                    insert.setInt(2, term);
                    insert.setObject(3, start);
                    insert.setObject(4, start.plusWeeks(WEEKS).minusDays(1));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        var now = OffsetDateTime.now();
        try (var session = connection.prepareStatement("""
                insert into live_session (session_type, title, offering_id, host_id, first_start, planned_zone, duration_minutes,
                    repeats_until, meeting_link, capacity, created_by, version) values (?, ?, ?, ?, ?, 'Europe/London', 60, ?, ?, ?, 'benchmark', 0)""", new String[] {"id"});
                var occurrence = connection.prepareStatement(
                        "insert into session_occurrence (session_id, starts_at, planned_start, status, version)"
                                + " values (?, ?, ?, 'SCHEDULED', 0)",
                        new String[] {"id"});
                var attendance = connection.prepareStatement(
                        "insert into session_attendance (occurrence_id, learner_id, mark, marked_at, marked_by, version)"
                                + " values (?, ?, ?, ?, 'benchmark', 0)");
                var booking = connection.prepareStatement(
                        "insert into session_booking (occurrence_id, learner_id, status, booked_at, booked_by, version)"
                                + " values (?, ?, ?, ?, 'benchmark', 0)");
                var assessment = connection.prepareStatement("""
                        insert into assessment (offering_id, kind, title, weight, release_at, due_at, cut_off_at, entry_zone, version)
                        values (?, ?, ?, ?, ?, ?, null, 'Europe/London', 0)""")) {
            long pending = 0;
            for (var term : currentTerms) {
                var offerings = new ArrayList<Long>();
                try (var query = connection.createStatement();
                        var rows = query.executeQuery("select id from offering where cohort_id = " + term[0]
                                + " and term_no = " + term[1] + " order by id")) {
                    while (rows.next()) offerings.add(rows.getLong(1));
                }
                int slot = 0;
                for (long offering : offerings) {
                    var learners = new ArrayList<Long>();
                    try (var query = connection.createStatement();
                            var rows = query.executeQuery("select learner_id from enrollment where offering_id = "
                                    + offering + " and status = 'ENROLLED' order by learner_id")) {
                        while (rows.next()) learners.add(rows.getLong(1));
                    }
                    int[] kinds = {0, 1}; // webinar, office hour
                    for (int kind : kinds) {
                        var first = currentStart
                                .plusDays(slot % 5)
                                .atTime(LocalTime.of(8 + (slot * 2) % 12, 0))
                                .atZone(LONDON);
                        slot++;
                        session.setString(1, kind == 0 ? "WEBINAR" : "OFFICE_HOUR");
                        session.setString(2, (kind == 0 ? "Webinar " : "Office hour ") + offering);
                        session.setLong(3, offering);
                        session.setLong(4, hostId);
                        session.setObject(5, first.toOffsetDateTime());
                        session.setObject(6, currentStart.plusWeeks(WEEKS).minusDays(1));
                        session.setString(7, "https://meet.example.org/bench-" + offering + "-" + kind);
                        if (kind == 0) session.setNull(8, Types.INTEGER);
                        else session.setInt(8, 10);
                        session.executeUpdate();
                        long sessionId;
                        try (var keys = session.getGeneratedKeys()) {
                            keys.next();
                            sessionId = keys.getLong(1);
                        }
                        for (int week = 0; week < WEEKS; week++) {
                            var start = first.plusWeeks(week).toOffsetDateTime();
                            occurrence.setLong(1, sessionId);
                            occurrence.setObject(2, start);
                            occurrence.setObject(3, start);
                            occurrence.executeUpdate();
                            long occurrenceId;
                            try (var keys = occurrence.getGeneratedKeys()) {
                                keys.next();
                                occurrenceId = keys.getLong(1);
                            }
                            boolean past = start.isBefore(now);
                            // Webinars expect every enrolled learner; office hours the 10 who booked (12 ask in the
                            // coming weeks).
                            var expected = kind == 0
                                    ? learners
                                    : learners.subList(0, Math.min(past ? 10 : 12, learners.size()));
                            for (int i = 0; i < expected.size(); i++) {
                                long learner = expected.get(i);
                                if (past) {
                                    attendance.setLong(1, occurrenceId);
                                    attendance.setLong(2, learner);
                                    attendance.setString(3, MARKS[random.nextInt(MARKS.length)]);
                                    attendance.setObject(4, start.plusHours(1));
                                    attendance.addBatch();
                                } else if (kind == 1) {
                                    booking.setLong(1, occurrenceId);
                                    booking.setLong(2, learner);
                                    booking.setString(3, i < 10 ? "BOOKED" : "WAITING");
                                    booking.setObject(4, now.minusDays(1));
                                    booking.addBatch();
                                }
                                if (++pending % 5000 == 0) {
                                    attendance.executeBatch();
                                    booking.executeBatch();
                                }
                            }
                        }
                    }
                    int[][] plan = {{3, 20}, {8, 30}, {15, 50}};
                    String[] kinds2 = {"QUIZ", "COURSEWORK", "EXAM"};
                    for (int a = 0; a < plan.length; a++) {
                        var due = currentStart
                                .plusWeeks(plan[a][0])
                                .plusDays(slot % 5)
                                .atTime(12, 0)
                                .atZone(LONDON)
                                .toOffsetDateTime();
                        assessment.setLong(1, offering);
                        assessment.setString(2, kinds2[a]);
                        assessment.setString(3, kinds2[a] + " " + offering);
                        assessment.setInt(4, plan[a][1]);
                        assessment.setObject(5, due.minusWeeks(2));
                        assessment.setObject(6, due);
                        assessment.addBatch();
                    }
                }
            }
            attendance.executeBatch();
            booking.executeBatch();
            assessment.executeBatch();
        }
    }

    private static long host(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement(
                "insert into staff_user (username, display_name, email, password_hash, enabled, version)"
                        + " values ('dashboard.host', 'Dr Dash Board', 'dashboard.host@example.org', '{noop}!', true, 0)",
                new String[] {"id"})) {
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                try (var role = connection.createStatement()) {
                    role.executeUpdate(
                            "insert into staff_user_role (staff_user_id, role) values (" + id + ", 'FACULTY')");
                }
                return id;
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
