package com.cohortdesk.learner;

import com.cohortdesk.cohort.Cohort;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A learner of one cohort. Learners do not sign in; they have a home time zone for calendars and notices. */
@Entity
@Table(name = "learner")
public class Learner extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    /** The cohort's name, kept here so that the roster sorts by cohort on an index (see V10). */
    @Column(name = "cohort_name", nullable = false, length = 80)
    private String cohortName = "";

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

    /** The cohort a deferred learner came from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deferred_from_cohort_id")
    private @Nullable Cohort deferredFromCohort;

    /** Lower-case words of the name and the email for the roster search ({@link LearnerSearch}); kept in step with them. */
    @ElementCollection
    @CollectionTable(name = "learner_search_word", joinColumns = @JoinColumn(name = "learner_id"))
    @Column(name = "word", nullable = false, length = 254)
    private Set<String> searchWords = new HashSet<>();

    /** When the learner was erased (pseudonymised by the privacy feature, in SQL); none: not erased. */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private java.time.@Nullable Instant erasedAt;

    /**
     * The programme-zone day a graduated or withdrawn learner's studies ended (the retention period counts from it);
     * none while studying. Set by a status change; for a learner added already graduated or withdrawn, the end of the
     * cohort's programme, filled in SQL by {@link LearnerEndDates}.
     */
    @Column(name = "ended_on")
    private java.time.@Nullable LocalDate endedOn;

    protected Learner() {
        this.cohort = null;
    }

    public Learner(
            Cohort cohort, String fullName, String email, String country, ZoneId timeZone, LearnerStatus status) {
        this.cohort = cohort;
        this.cohortName = cohort.getName();
        this.fullName = fullName;
        this.email = email;
        this.country = country;
        this.timeZone = timeZone.getId();
        this.status = status;
        this.searchWords.addAll(LearnerSearch.words(fullName, email));
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

    /** Erased learners keep their rows under a pseudonym; nothing about them may be changed or sent any more. */
    public boolean isErased() {
        return erasedAt != null;
    }

    public @Nullable Cohort getDeferredFromCohort() {
        return deferredFromCohort;
    }

    void update(LearnerEdit edit) {
        this.fullName = edit.fullName().strip();
        this.email = edit.email().strip().toLowerCase(Locale.ROOT);
        this.country = edit.country().strip().toUpperCase(Locale.ROOT);
        this.timeZone = edit.timeZone().strip();
        var words = LearnerSearch.words(fullName, email);
        searchWords.retainAll(words);
        searchWords.addAll(words);
    }

    /** Applies a checked status change; an interruption moves the learner to the later cohort. */
    LearnerStatusChange changeStatus(
            StatusAction action, @Nullable Cohort targetCohort, String reason, String by, Instant at) {
        var fromStatus = status;
        var fromCohort = cohort;
        if (action == StatusAction.INTERRUPT && targetCohort != null) {
            if (deferredFromCohort == null) deferredFromCohort = cohort;
            cohort = targetCohort;
            cohortName = targetCohort.getName();
        }
        status = action.target();
        endedOn = status == LearnerStatus.GRADUATED || status == LearnerStatus.WITHDRAWN
                ? LocalDate.ofInstant(at, ProgrammeTime.ZONE)
                : null;
        return new LearnerStatusChange(this, fromStatus, status, fromCohort, cohort, reason.strip(), by, at);
    }
}
