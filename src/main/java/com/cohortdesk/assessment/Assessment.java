package com.cohortdesk.assessment;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** An assessment of an offering with its release, deadline and optional cut-off, and the zone they were entered in. */
@Entity
@Table(name = "assessment")
public class Assessment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id")
    private Offering offering;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AssessmentType type = AssessmentType.COURSEWORK;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal weight = BigDecimal.ZERO;

    @Column(name = "release_at", nullable = false)
    private Instant releaseAt = Instant.EPOCH;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt = Instant.EPOCH;

    @Column(name = "cut_off_at")
    private @Nullable Instant cutOffAt;

    @Column(name = "entry_zone", nullable = false, length = 64)
    private String entryZone = "Europe/London";

    @SuppressWarnings("NullAway")
    protected Assessment() {
        this.offering = null;
    }

    Assessment(Offering offering, AssessmentDraft.Resolved values) {
        this.offering = offering;
        edit(values);
    }

    void edit(AssessmentDraft.Resolved values) {
        this.type = values.type();
        this.title = values.title();
        this.weight = values.weight();
        this.releaseAt = values.release();
        this.dueAt = values.due();
        this.cutOffAt = values.cutOff();
        this.entryZone = values.zone().getId();
    }

    public Offering getOffering() {
        return offering;
    }

    public AssessmentType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public Instant getReleaseAt() {
        return releaseAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public @Nullable Instant getCutOffAt() {
        return cutOffAt;
    }

    public ZoneId getEntryZone() {
        return ZoneId.of(entryZone);
    }

    Deadline deadline() {
        return new Deadline(getId() == null ? 0 : getId(), dueAt, cutOffAt);
    }
}
