package com.cohortdesk.assessment;

import com.cohortdesk.learner.Learner;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One extension granted to one learner for one assessment. Never edited: a new grant supersedes it. */
@Entity
@Table(name = "assessment_extension")
public class Extension extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    private Learner learner;

    @Column(name = "new_due_at", nullable = false)
    private Instant newDueAt = Instant.EPOCH;

    @Column(name = "new_cut_off_at")
    private @Nullable Instant newCutOffAt;

    @Column(name = "entry_zone", nullable = false, length = 64)
    private String entryZone = "Europe/London";

    @Column(nullable = false, length = 500)
    private String reason = "";

    @Column(name = "approved_by", nullable = false, length = 64)
    private String approvedBy = "";

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt = Instant.EPOCH;

    @SuppressWarnings("NullAway")
    protected Extension() {
        this.assessment = null;
        this.learner = null;
    }

    Extension(
            Assessment assessment,
            Learner learner,
            Instant newDueAt,
            @Nullable Instant newCutOffAt,
            String entryZone,
            String reason,
            String approvedBy,
            Instant grantedAt) {
        this.assessment = assessment;
        this.learner = learner;
        this.newDueAt = newDueAt;
        this.newCutOffAt = newCutOffAt;
        this.entryZone = entryZone;
        this.reason = reason;
        this.approvedBy = approvedBy;
        this.grantedAt = grantedAt;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public Learner getLearner() {
        return learner;
    }

    ExtensionGrant grant() {
        var id = getId();
        var assessmentId = assessment.getId();
        return new ExtensionGrant(
                id == null ? 0 : id,
                assessmentId == null ? 0 : assessmentId,
                newDueAt,
                newCutOffAt,
                reason,
                approvedBy,
                grantedAt);
    }
}
