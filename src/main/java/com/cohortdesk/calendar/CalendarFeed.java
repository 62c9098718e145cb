package com.cohortdesk.calendar;

import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A subject's feed link. Issuing, rotating and revoking change this entity (so the audit trail records
 * them, the hash only as "changed"); the read bookkeeping and the content stamp are written by plain
 * updates in {@link CalendarFeedRepository} and are read-only here.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 10)
    private FeedSubject subjectType = FeedSubject.LEARNER;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    /** SHA-256 of the token (named so that the audit trail shows it only as "changed"); none: revoked. */
    @Column(name = "hashed_token", length = 64)
    private @Nullable String hashedToken;

    @Column(name = "issued_at")
    private @Nullable Instant issuedAt;

    @Column(name = "issued_by", length = 64)
    private @Nullable String issuedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_fetched_at", insertable = false, updatable = false)
    private @Nullable Instant lastFetchedAt;

    @Column(name = "last_user_agent", length = 200, insertable = false, updatable = false)
    private @Nullable String lastUserAgent;

    @Column(name = "content_stamp", length = 64, insertable = false, updatable = false)
    private @Nullable String contentStamp;

    @Column(name = "content_changed_at", insertable = false, updatable = false)
    private @Nullable Instant contentChangedAt;

    protected CalendarFeed() {}

    CalendarFeed(FeedSubject subjectType, long subjectId) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    void issue(String hashedToken, Instant at, String by) {
        this.hashedToken = hashedToken;
        this.issuedAt = at;
        this.issuedBy = by;
        this.revokedAt = null;
    }

    void revoke(Instant at) {
        this.hashedToken = null;
        this.revokedAt = at;
    }

    FeedSubject getSubjectType() {
        return subjectType;
    }

    long getSubjectId() {
        return subjectId;
    }

    boolean isActive() {
        return hashedToken != null;
    }

    @Nullable
    Instant getIssuedAt() {
        return issuedAt;
    }

    @Nullable
    String getIssuedBy() {
        return issuedBy;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }

    @Nullable
    Instant getLastFetchedAt() {
        return lastFetchedAt;
    }

    @Nullable
    String getLastUserAgent() {
        return lastUserAgent;
    }
}
