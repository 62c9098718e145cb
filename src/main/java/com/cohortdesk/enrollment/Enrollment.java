package com.cohortdesk.enrollment;

import com.cohortdesk.learner.Learner;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A learner's place in an offering. New places are inserted in bulk (see EnrollmentWriter). */
@Entity
@Table(name = "enrollment")
public class Enrollment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    private Learner learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id")
    private Offering offering;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrollmentStatus status = EnrollmentStatus.ENROLLED;

    @SuppressWarnings("NullAway")
    protected Enrollment() {
        this.learner = null;
        this.offering = null;
    }

    public Learner getLearner() {
        return learner;
    }

    public Offering getOffering() {
        return offering;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    void setStatus(EnrollmentStatus status) {
        this.status = status;
    }
}
