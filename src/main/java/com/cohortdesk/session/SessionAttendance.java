package com.cohortdesk.session;

import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
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

    protected SessionAttendance() {
    }

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
