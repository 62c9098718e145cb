package com.cohortdesk.session;

import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner's booking (or waiting place) for one occurrence; the id gives the order of the waiting list. */
@Entity
@Table(name = "session_booking")
public class SessionBooking extends VersionedEntity {

    @Column(name = "occurrence_id", nullable = false)
    private long occurrenceId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status = BookingStatus.BOOKED;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt = Instant.EPOCH;

    @Column(name = "booked_by", nullable = false, length = 64)
    private String bookedBy = "";

    protected SessionBooking() {}

    SessionBooking(long occurrenceId, long learnerId, BookingStatus status, Instant bookedAt, String bookedBy) {
        this.occurrenceId = occurrenceId;
        this.learnerId = learnerId;
        this.status = status;
        this.bookedAt = bookedAt;
        this.bookedBy = bookedBy;
    }

    public long getOccurrenceId() {
        return occurrenceId;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public BookingStatus getStatus() {
        return status;
    }

    void setStatus(BookingStatus status) {
        this.status = status;
    }
}
