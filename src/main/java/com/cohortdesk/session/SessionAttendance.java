package com.cohortdesk.session;

import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

/** The host's attendance mark for one learner at one occurrence. */
@Entity
@Table(name = "session_attendance")
public class SessionAttendance extends VersionedEntity {

    @Column(name = "occurrence_id", nullable = false)
    private long occurrenceId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceMark mark = AttendanceMark.PRESENT;

    @Column(length = 500)
    private @Nullable String note;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt = Instant.EPOCH;

    @Column(name = "marked_by", nullable = false, length = 64)
    private String markedBy = "";

    /** The unique constraint on (occurrence, learner): one mark per learner and occurrence (V7). */
    static final String UNIQUE_MARK = "uk_session_attendance";

    /** Whether the failure is the unique constraint on (occurrence, learner), by name, as each database reports it. */
    static boolean isDuplicateMark(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(UNIQUE_MARK)) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(UNIQUE_MARK)) {
                return true;
            }
        }
        return false;
    }

    protected SessionAttendance() {}

    SessionAttendance(long occurrenceId, long learnerId) {
        this.occurrenceId = occurrenceId;
        this.learnerId = learnerId;
    }

    void mark(AttendanceMark mark, @Nullable String note, Instant at, String by) {
        this.mark = mark;
        this.note = note;
        this.markedAt = at;
        this.markedBy = by;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public @Nullable String getNote() {
        return note;
    }
}
