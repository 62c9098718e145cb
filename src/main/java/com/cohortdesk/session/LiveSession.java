package com.cohortdesk.session;

import com.cohortdesk.enrollment.Offering;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A live session series: what, for whom, who hosts, when it starts and repeats, and the link. */
@Entity
@Table(name = "live_session")
public class LiveSession extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, length = 20)
    private SessionType type = SessionType.OFFICE_HOUR;

    @Column(nullable = false, length = 200)
    private String title = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offering_id")
    private @Nullable Offering offering;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(name = "first_start", nullable = false)
    private Instant firstStart = Instant.EPOCH;

    @Column(name = "planned_zone", nullable = false, length = 64)
    private String plannedZone = "Europe/London";

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "repeats_until")
    private @Nullable LocalDate repeatsUntil;

    @Column(name = "meeting_link", nullable = false, length = 500)
    private String meetingLink = "";

    private @Nullable Integer capacity;

    @Column(name = "override_reason", length = 500)
    private @Nullable String overrideReason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    protected LiveSession() {}

    LiveSession(
            SessionDraft draft,
            @Nullable Offering offering,
            Instant firstStart,
            @Nullable String overrideReason,
            String createdBy) {
        this.type = draft.type();
        this.title = draft.title().strip();
        this.offering = offering;
        this.hostId = draft.hostId();
        this.firstStart = firstStart;
        this.plannedZone = draft.zone().getId();
        this.durationMinutes = (int) draft.duration().toMinutes();
        this.repeatsUntil = draft.repeatsUntil();
        this.meetingLink = draft.meetingLink().strip();
        this.capacity = draft.capacity();
        this.overrideReason = overrideReason;
        this.createdBy = createdBy;
    }

    void changeMeetingLink(String link) {
        this.meetingLink = link.strip();
    }

    public SessionType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable Offering getOffering() {
        return offering;
    }

    /** The offering's id (without loading it), or null for a programme-wide session. */
    public @Nullable Long getOfferingId() {
        return offering == null ? null : offering.getId();
    }

    public long getHostId() {
        return hostId;
    }

    public Instant getFirstStart() {
        return firstStart;
    }

    public ZoneId getPlannedZone() {
        return ZoneId.of(plannedZone);
    }

    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public @Nullable LocalDate getRepeatsUntil() {
        return repeatsUntil;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }
}
