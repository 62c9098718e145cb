package com.cohortdesk.privacy;

import com.cohortdesk.learner.Learner;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A legal hold: while it exists, the learner is not erased (by hand or by the retention job). Lifting it deletes it. */
@Entity
@Table(name = "learner_legal_hold")
class LegalHold extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false, updatable = false)
    private Learner learner;

    @Column(nullable = false, length = 500)
    private String reason = "";

    @Column(name = "held_by", nullable = false, length = 64)
    private String heldBy = "";

    @Column(name = "held_at", nullable = false)
    private Instant heldAt = Instant.EPOCH;

    protected LegalHold() {
        this.learner = null;
    }

    LegalHold(Learner learner, String reason, String heldBy, Instant heldAt) {
        this.learner = learner;
        this.reason = reason;
        this.heldBy = heldBy;
        this.heldAt = heldAt;
    }

    String getReason() {
        return reason;
    }

    String getHeldBy() {
        return heldBy;
    }

    Instant getHeldAt() {
        return heldAt;
    }
}
