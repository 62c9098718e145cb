package com.cohortdesk.enrollment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes enrolments in bulk with JDBC batches (identity keys keep Hibernate from batching), inside
 * the caller's transaction, each with its history entry.
 */
@Component
class EnrollmentWriter {

    /** A new place: learner into offering. */
    record Place(long learnerId, long offeringId) {
    }

    /** A place changing status. */
    record Change(long enrollmentId, EnrollmentStatus from, EnrollmentStatus to) {
    }

    private final JdbcTemplate jdbc;

    EnrollmentWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Collection<Place> places, String reason, String by, Instant at) {
        if (places.isEmpty()) return;
        var rows = places.stream().map(p -> new Object[] {p.learnerId(), p.offeringId()}).toList();
        jdbc.batchUpdate("insert into enrollment (learner_id, offering_id, status, version) values (?, ?, 'ENROLLED', 0)", rows);
        var history = new ArrayList<Object[]>();
        for (var place : places) {
            history.add(new Object[] {reason, by, Timestamp.from(at), place.offeringId(), place.learnerId()});
        }
        jdbc.batchUpdate("""
                insert into enrollment_status_change (enrollment_id, from_status, to_status, reason, changed_by, changed_at)
                select e.id, null, 'ENROLLED', ?, ?, ? from enrollment e where e.offering_id = ? and e.learner_id = ?
                """, history);
    }

    void change(List<Change> changes, String reason, String by, Instant at) {
        if (changes.isEmpty()) return;
        int[][] updated = jdbc.batchUpdate("update enrollment set status = ?, version = version + 1 where id = ? and status = ?",
                changes, 500, (ps, c) -> {
                    ps.setString(1, c.to().name());
                    ps.setLong(2, c.enrollmentId());
                    ps.setString(3, c.from().name());
                });
        for (int[] batch : updated) {
            for (int count : batch) {
                if (count == 0) throw new org.springframework.dao.OptimisticLockingFailureException(
                        "An enrolment changed while it was being updated; nothing was saved.");
            }
        }
        jdbc.batchUpdate("""
                insert into enrollment_status_change (enrollment_id, from_status, to_status, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?)
                """, changes.stream().map(c -> new Object[] {c.enrollmentId(), c.from().name(), c.to().name(), reason, by,
                Timestamp.from(at)}).toList());
    }

    /** Taken places (module code, part, status, cohort name) of the given learners, chunked. */
    List<Object[]> placesOf(Collection<Long> learnerIds) {
        var result = new ArrayList<Object[]>();
        var ids = new ArrayList<>(learnerIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            var marks = String.join(",", chunk.stream().map(i -> "?").toList());
            result.addAll(jdbc.query("""
                    select e.learner_id, m.code, o.part_no, o.term_no, e.status, c.name, e.offering_id
                    from enrollment e join offering o on o.id = e.offering_id join programme_module m on m.id = o.module_id
                    join cohort c on c.id = o.cohort_id where e.learner_id in (%s)
                    """.formatted(marks), (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                    EnrollmentStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7)}, chunk.toArray()));
        }
        return result;
    }

}
