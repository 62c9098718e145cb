package com.cohortdesk.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The calendar feeds' data on top of the 100,000 learners and their places, by JDBC batches: a running
 * cohort of 150 learners ("Feed benchmark") with dated terms (term 1 began three weeks before the run, so
 * every term lies in a feed's window), its 14 offerings, 12 places per learner (all but two electives),
 * per offering a weekly webinar and a weekly office hour (capacity 10) over the 15 weeks of its term, one
 * occurrence cancelled and one moved, three assessments (quiz, coursework with a cut-off, exam); the measured
 * learner holds office-hour bookings (one on a waiting list) and an extension. A database that already has
 * the cohort is reused as it is.
 */
final class FeedData {

    static final String COHORT = "Feed benchmark";
    static final int LEARNERS = 150;
    static final int WEEKS = 15;
    /** The electives nobody in the cohort takes, so that each learner holds 12 of its 14 offerings. */
    static final Set<String> SKIPPED = Set.of("MLDS204", "MLDS302");

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> ZONES =
            List.of("Europe/London", "Asia/Kolkata", "America/New_York", "Europe/London");

    /** The feeds' subjects: the measured learner (12 offerings) and their cohort (150 learners). */
    record Subjects(long learnerId, long cohortId, int offerings, int occurrences, int assessments) {}

    private FeedData() {}

    static Subjects fill(DataSource dataSource, LocalDate today) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Long cohortId = single(connection, "select id from cohort where name = '" + COHORT + "'");
            if (cohortId == null) {
                cohortId = insert(connection, today);
                connection.commit();
            }
            long learnerId = single(connection, "select min(id) from learner where cohort_id = " + cohortId);
            return new Subjects(
                    learnerId,
                    cohortId,
                    count(connection, "select count(*) from offering where cohort_id = " + cohortId),
                    count(
                            connection,
                            "select count(*) from session_occurrence x join live_session s on s.id = x.session_id"
                                    + " join offering o on o.id = s.offering_id where o.cohort_id = " + cohortId),
                    count(
                            connection,
                            "select count(*) from assessment a join offering o on o.id = a.offering_id where o.cohort_id = "
                                    + cohortId));
        }
    }

    private static long insert(Connection connection, LocalDate today) throws SQLException {
        long hostId = host(connection);
        long cohortId = generated(
                connection,
                "insert into cohort (name, intake_year, status, version, archived) select '" + COHORT
                        + "', max(intake_year) + 1, 'ACTIVE', 0, false from cohort");
        var termOne = today.minusWeeks(3).with(DayOfWeek.MONDAY);
        try (var insert = connection.prepareStatement(
                "insert into cohort_term (cohort_id, term_no, starts_on, ends_on) values (?, ?, ?, ?)")) {
            for (int term = 1; term <= 6; term++) {
                insert.setLong(1, cohortId);
                insert.setInt(2, term);
                insert.setObject(3, termStart(termOne, term));
                insert.setObject(4, termStart(termOne, term).plusWeeks(WEEKS).minusDays(1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var insert = connection.prepareStatement("""
                insert into offering (cohort_id, module_id, term_no, part_no, ects, parts, version)
                select ?, m.id, s.term_no, s.part_no, s.ects, (select count(*) from module_slot t where t.module_id = m.id), 0
                from programme_module m join module_slot s on s.module_id = m.id""")) {
            insert.setLong(1, cohortId);
            insert.executeUpdate();
        }
        var learners = new ArrayList<Long>();
        try (var insert = connection.prepareStatement("""
                insert into learner (cohort_id, full_name, email, country, time_zone, status, version, cohort_name)
                values (?, ?, ?, ?, ?, 'ACTIVE', 0, ?)""", new String[] {"id"})) {
            for (int i = 0; i < LEARNERS; i++) {
                var place = BenchmarkData.PLACES.get(i % BenchmarkData.PLACES.size());
                insert.setLong(1, cohortId);
                insert.setString(2, "Feed Learner " + i);
                insert.setString(3, "feed.learner." + cohortId + "." + i + "@example.org");
                insert.setString(4, place[0]);
                insert.setString(5, place[1]);
                insert.setString(6, COHORT);
                insert.addBatch();
            }
            insert.executeBatch();
            try (var keys = insert.getGeneratedKeys()) {
                while (keys.next()) learners.add(keys.getLong(1));
            }
        }
        var offerings = new ArrayList<Object[]>(); // id, term, module code
        try (var query = connection.createStatement();
                var rows = query.executeQuery("select o.id, o.term_no, m.code from offering o"
                        + " join programme_module m on m.id = o.module_id where o.cohort_id = " + cohortId
                        + " order by o.term_no, m.code")) {
            while (rows.next()) offerings.add(new Object[] {rows.getLong(1), rows.getInt(2), rows.getString(3)});
        }
        try (var insert = connection.prepareStatement(
                "insert into enrollment (learner_id, offering_id, status, version) values (?, ?, 'ENROLLED', 0)")) {
            for (var offering : offerings) {
                if (SKIPPED.contains((String) offering[2])) continue;
                for (var learner : learners) {
                    insert.setLong(1, learner);
                    insert.setLong(2, (Long) offering[0]);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        long measured = learners.getFirst();
        var officeHours = new ArrayList<Long>(); // the first occurrences of the office hours the measured learner books
        try (var session = connection.prepareStatement("""
                insert into live_session (session_type, title, offering_id, host_id, first_start, planned_zone, duration_minutes,
                    repeats_until, meeting_link, capacity, created_by, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', 0)""", new String[] {"id"});
                var occurrence = connection.prepareStatement("""
                        insert into session_occurrence (session_id, starts_at, planned_start, status, note, version)
                        values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                var assessment = connection.prepareStatement("""
                        insert into assessment (offering_id, kind, title, weight, release_at, due_at, cut_off_at, entry_zone, version)
                        values (?, ?, ?, ?, ?, ?, ?, 'Europe/London', 0)""")) {
            int n = 0;
            for (var offering : offerings) {
                long offeringId = (Long) offering[0];
                int term = (Integer) offering[1];
                var code = (String) offering[2];
                var start = termStart(termOne, term);
                for (int kind = 0; kind < 2; kind++) {
                    var zone = ZoneId.of(kind == 0 ? ZONES.get(n++ % ZONES.size()) : "Europe/London");
                    var first = start.plusDays(1 + kind * 2)
                            .atTime(kind == 0 ? LocalTime.of(18, 30) : LocalTime.of(12, 0))
                            .atZone(zone);
                    session.setString(1, kind == 0 ? "WEBINAR" : "OFFICE_HOUR");
                    session.setString(
                            2, code + (kind == 0 ? " weekly webinar: \"notes, slides; code\"" : " office hour"));
                    session.setLong(3, offeringId);
                    session.setLong(4, hostId);
                    session.setTimestamp(5, Timestamp.from(first.toInstant()));
                    session.setString(6, zone.getId());
                    session.setInt(7, kind == 0 ? 90 : 30);
                    session.setObject(8, first.plusWeeks(WEEKS - 1).toLocalDate());
                    session.setString(
                            9,
                            "https://meet.example.org/" + code.toLowerCase() + "-" + offeringId
                                    + (kind == 0 ? "-webinar" : "-oh") + "?pwd=0123456789abcdef0123456789abcdef");
                    if (kind == 0) session.setNull(10, Types.INTEGER);
                    else session.setInt(10, 10);
                    session.executeUpdate();
                    long sessionId = key(session);
                    for (int week = 0; week < WEEKS; week++) {
                        ZonedDateTime planned =
                                first.plusWeeks(week); // the same local time in the planned zone, across DST
                        var moved = kind == 0 && week == 7;
                        var cancelled = kind == 0 && week == 9;
                        occurrence.setLong(1, sessionId);
                        occurrence.setTimestamp(2, Timestamp.from((moved ? planned.plusDays(1) : planned).toInstant()));
                        occurrence.setTimestamp(3, Timestamp.from(planned.toInstant()));
                        occurrence.setString(4, cancelled ? "CANCELLED" : "SCHEDULED");
                        occurrence.setString(
                                5,
                                cancelled
                                        ? "The host is ill; the recording of last year is on the module page."
                                        : moved ? "Moved a day later, the room is booked." : null);
                        occurrence.setLong(6, moved || cancelled ? 1 : 0);
                        occurrence.executeUpdate();
                        if (kind == 1 && week < 2 && !SKIPPED.contains(code) && officeHours.size() < 6)
                            officeHours.add(key(occurrence));
                    }
                }
                String[][] kinds = {{"QUIZ", "20", "5"}, {"COURSEWORK", "30", "10"}, {"EXAM", "50", "15"}};
                for (var k : kinds) {
                    var due = start.plusWeeks(Integer.parseInt(k[2]))
                            .minusDays(1)
                            .atTime(12, 0)
                            .atZone(LONDON);
                    assessment.setLong(1, offeringId);
                    assessment.setString(2, k[0]);
                    assessment.setString(3, code + " " + k[0].toLowerCase() + ", part " + term);
                    assessment.setBigDecimal(4, new BigDecimal(k[1]));
                    assessment.setTimestamp(5, Timestamp.from(due.minusWeeks(2).toInstant()));
                    assessment.setTimestamp(6, Timestamp.from(due.toInstant()));
                    assessment.setTimestamp(
                            7,
                            k[0].equals("COURSEWORK")
                                    ? Timestamp.from(due.plusDays(2).toInstant())
                                    : null);
                    assessment.addBatch();
                }
            }
            assessment.executeBatch();
        }
        // bookings: the measured learner has a place at five office hours and waits for the sixth (full: ten others
        // booked)
        try (var booking = connection.prepareStatement("""
                insert into session_booking (occurrence_id, learner_id, status, booked_at, booked_by, version)
                values (?, ?, ?, ?, 'benchmark', 0)""")) {
            var at = Timestamp.from(termOne.atStartOfDay(LONDON).toInstant());
            for (int i = 0; i < officeHours.size(); i++) {
                if (i == officeHours.size() - 1) {
                    for (int other = 1; other <= 10; other++) {
                        booking.setLong(1, officeHours.get(i));
                        booking.setLong(2, learners.get(other));
                        booking.setString(3, "BOOKED");
                        booking.setTimestamp(4, at);
                        booking.addBatch();
                    }
                }
                booking.setLong(1, officeHours.get(i));
                booking.setLong(2, measured);
                booking.setString(3, i == officeHours.size() - 1 ? "WAITING" : "BOOKED");
                booking.setTimestamp(4, at);
                booking.addBatch();
            }
            booking.executeBatch();
        }
        // an extension of the measured learner's first coursework by a week
        try (var extension = connection.prepareStatement("""
                insert into assessment_extension (assessment_id, learner_id, new_due_at, new_cut_off_at, entry_zone, reason, approved_by,
                    granted_at, version)
                select a.id, ?, dateadd('DAY', 7, a.due_at), dateadd('DAY', 9, a.due_at), 'Europe/London', 'Medical certificate',
                    'benchmark', a.release_at, 0
                from assessment a join offering o on o.id = a.offering_id
                where o.cohort_id = ? and a.kind = 'COURSEWORK' and o.term_no = 1 order by a.id fetch first 1 row only""")) {
            extension.setLong(1, measured);
            extension.setLong(2, cohortId);
            extension.executeUpdate();
        }
        return cohortId;
    }

    private static LocalDate termStart(LocalDate termOne, int term) {
        return termOne.plusWeeks((long) (term - 1) * (WEEKS + 2));
    }

    /** A member of faculty who hosts every session (none can sign in: the hash matches no password). */
    private static long host(Connection connection) throws SQLException {
        long id = generated(
                connection,
                "insert into staff_user (username, display_name, email, password_hash, enabled, version)"
                        + " values ('feed.host', 'Dr Ada Feedwell', 'feed.host@example.org', '{noop}!', false, 0)");
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("insert into staff_user_role (staff_user_id, role) values (" + id + ", 'FACULTY')");
        }
        return id;
    }

    private static long generated(Connection connection, String sql) throws SQLException {
        try (var insert = connection.prepareStatement(sql, new String[] {"id"})) {
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (var keys = statement.getGeneratedKeys()) {
            if (!keys.next()) throw new IllegalStateException("No generated id");
            return keys.getLong(1);
        }
    }

    private static Long single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows.next() && rows.getObject(1) != null ? rows.getLong(1) : null;
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        return Math.toIntExact(single(connection, sql));
    }
}
