package com.cohortdesk.learner;

import com.cohortdesk.cohort.Cohort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a learner's history: a status change (and cohort move), why, by whom and when. Never edited. */
@Entity
@Table(name = "learner_status_change")
class LearnerStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    private Learner learner;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private LearnerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private LearnerStatus toStatus;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_cohort_id")
    private Cohort fromCohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_cohort_id")
    private Cohort toCohort;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @SuppressWarnings("NullAway")
    protected LearnerStatusChange() {
        this.learner = null;
        this.fromStatus = null;
        this.toStatus = null;
        this.fromCohort = null;
        this.toCohort = null;
        this.reason = "";
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    LearnerStatusChange(
            Learner learner,
            LearnerStatus fromStatus,
            LearnerStatus toStatus,
            Cohort fromCohort,
            Cohort toCohort,
            String reason,
            String changedBy,
            Instant changedAt) {
        this.learner = learner;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.fromCohort = fromCohort;
        this.toCohort = toCohort;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
