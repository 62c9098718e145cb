package com.cohortdesk.session;

import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One week's session of a series, with its own start (moved or not) and status. */
@Entity
@Table(name = "session_occurrence")
public class SessionOccurrence extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private LiveSession session;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "planned_start", nullable = false)
    private Instant plannedStart = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OccurrenceStatus status = OccurrenceStatus.SCHEDULED;

    @Column(length = 500)
    private @Nullable String note;

    @SuppressWarnings("NullAway")
    protected SessionOccurrence() {
        this.session = null;
    }

    SessionOccurrence(LiveSession session, Instant start) {
        this.session = session;
        this.startsAt = start;
        this.plannedStart = start;
    }

    public LiveSession getSession() {
        return session;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return startsAt.plus(session.getDuration());
    }

    public Instant getPlannedStart() {
        return plannedStart;
    }

    public boolean isMoved() {
        return !startsAt.equals(plannedStart);
    }

    public OccurrenceStatus getStatus() {
        return status;
    }

    public @Nullable String getNote() {
        return note;
    }

    void cancel(String reason) {
        status = OccurrenceStatus.CANCELLED;
        note = reason;
    }

    void moveTo(Instant start, String reason) {
        startsAt = start;
        note = reason;
    }
}
