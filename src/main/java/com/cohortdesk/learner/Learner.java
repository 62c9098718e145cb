package com.cohortdesk.learner;

import com.cohortdesk.cohort.Cohort;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A learner of one cohort. Learners do not sign in; they have a home time zone for calendars and notices. */
@Entity
@Table(name = "learner")
public class Learner extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName = "";

    @Column(nullable = false, length = 254)
    private String email = "";

    /** ISO 3166-1 alpha-2 country code. */
    @Column(nullable = false, length = 2)
    private String country = "";

    /** IANA zone id, e.g. Asia/Kolkata. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LearnerStatus status = LearnerStatus.ACTIVE;

    protected Learner() {
        this.cohort = null;
    }

    public Learner(Cohort cohort, String fullName, String email, String country, ZoneId timeZone, LearnerStatus status) {
        this.cohort = cohort;
        this.fullName = fullName;
        this.email = email;
        this.country = country;
        this.timeZone = timeZone.getId();
        this.status = status;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getCountry() {
        return country;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public LearnerStatus getStatus() {
        return status;
    }
}
