package com.cohortdesk.enrollment;

import com.cohortdesk.audit.AuditChange;
import com.cohortdesk.audit.AuditWriter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes enrolments in bulk with JDBC batches (identity keys keep Hibernate from batching), inside
 * the caller's transaction, each with its history entry and its audit entry (through the audit feature's
 * {@link AuditWriter}: the Hibernate listeners never see these writes).
 */
@Component
class EnrollmentWriter {

    private static final int BATCH = 500;

    /** A new place: learner into offering. */
    record Place(long learnerId, long offeringId) {}

    /** A place changing status. */
    record Change(long enrollmentId, EnrollmentStatus from, EnrollmentStatus to) {}

    private final JdbcTemplate jdbc;
    private final AuditWriter audit;

    EnrollmentWriter(JdbcTemplate jdbc, AuditWriter audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Inserts the places as enrolled, each with its history entry and its audit entry (reason: why). */
    void insert(Collection<Place> places, String reason, String by, Instant at) {
        if (places.isEmpty()) return;
        var list = List.copyOf(places);
        var ids = new ArrayList<Long>(list.size());
        for (int from = 0; from < list.size(); from += BATCH) {
            var chunk = list.subList(from, Math.min(list.size(), from + BATCH));
            var keys = new GeneratedKeyHolder();
            jdbc.batchUpdate(
                    connection -> connection.prepareStatement(
                            "insert into enrollment (learner_id, offering_id, status, version) values (?, ?, 'ENROLLED', 0)",
                            new String[] {"id"}),
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            ps.setLong(1, chunk.get(i).learnerId());
                            ps.setLong(2, chunk.get(i).offeringId());
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    },
                    keys);
            keys.getKeyList()
                    .forEach(key -> ids.add(((Number) key.values().iterator().next()).longValue()));
        }
        if (ids.size() != list.size())
            throw new IllegalStateException(
                    "The database returned " + ids.size() + " keys for " + list.size() + " places.");
        var history = new ArrayList<Object[]>(list.size());
        var changes = new ArrayList<AuditChange>(list.size());
        for (int i = 0; i < list.size(); i++) {
            var place = list.get(i);
            history.add(new Object[] {ids.get(i), reason, by, Timestamp.from(at)});
            var fields = new LinkedHashMap<String, Object>();
            fields.put("learner", AuditChange.reference("Learner", place.learnerId()));
            fields.put("offering", AuditChange.reference("Offering", place.offeringId()));
            fields.put("status", EnrollmentStatus.ENROLLED);
            changes.add(AuditChange.created("Enrollment", ids.get(i), fields));
        }
        jdbc.batchUpdate("""
                insert into enrollment_status_change (enrollment_id, from_status, to_status, reason, changed_by, changed_at)
                values (?, null, 'ENROLLED', ?, ?, ?)
                """, history);
        audit.record(changes, reason);
    }

    /** Changes the places' status (each only from the status given, else nothing is saved), with history and audit entries. */
    void change(List<Change> changes, String reason, String by, Instant at) {
        if (changes.isEmpty()) return;
        int[][] updated = jdbc.batchUpdate(
                "update enrollment set status = ?, version = version + 1 where id = ? and status = ?",
                changes,
                BATCH,
                (ps, c) -> {
                    ps.setString(1, c.to().name());
                    ps.setLong(2, c.enrollmentId());
                    ps.setString(3, c.from().name());
                });
        for (int[] batch : updated) {
            for (int count : batch) {
                if (count == 0)
                    throw new OptimisticLockingFailureException(
                            "An enrolment changed while it was being updated; nothing was saved.");
            }
        }
        jdbc.batchUpdate(
                """
                insert into enrollment_status_change (enrollment_id, from_status, to_status, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?)
                """,
                changes.stream()
                        .map(c -> new Object[] {
                            c.enrollmentId(), c.from().name(), c.to().name(), reason, by, Timestamp.from(at)
                        })
                        .toList());
        audit.record(
                changes.stream()
                        .map(c -> AuditChange.updated("Enrollment", c.enrollmentId(), "status", c.from(), c.to()))
                        .toList(),
                reason);
    }

    /** Taken places (module code, part, status, cohort name) of the given learners, chunked. */
    List<Object[]> placesOf(Collection<Long> learnerIds) {
        var result = new ArrayList<Object[]>();
        var ids = new ArrayList<>(learnerIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            var marks = String.join(",", chunk.stream().map(i -> "?").toList());
            result.addAll(jdbc.query(
                    """
                    select e.learner_id, m.code, o.part_no, o.term_no, e.status, c.name, e.offering_id
                    from enrollment e join offering o on o.id = e.offering_id join programme_module m on m.id = o.module_id
                    join cohort c on c.id = o.cohort_id where e.learner_id in (%s)
                    """.formatted(marks),
                    (rs, n) -> new Object[] {
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        EnrollmentStatus.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getLong(7)
                    },
                    chunk.toArray()));
        }
        return result;
    }
}
