package com.cohortdesk.learnerpage;

import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A learner's personal link. Issuing, rotating and revoking change this entity, so the audit trail records
 * them (the hash only as "changed"); when the page was last opened is written by a plain update.
 */
@Entity
@Table(name = "learner_link")
class LearnerLink extends VersionedEntity {

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    /** SHA-256 of the token (named so that the audit trail shows it only as "changed"); none: revoked. */
    @Column(name = "hashed_token", length = 64)
    private @Nullable String hashedToken;

    @Column(name = "issued_at")
    private @Nullable Instant issuedAt;

    @Column(name = "issued_by", length = 64)
    private @Nullable String issuedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_opened_at", insertable = false, updatable = false)
    private @Nullable Instant lastOpenedAt;

    protected LearnerLink() {}

    LearnerLink(long learnerId) {
        this.learnerId = learnerId;
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

    long getLearnerId() {
        return learnerId;
    }

    boolean isActive() {
        return hashedToken != null;
    }

    @Nullable
    String getHashedToken() {
        return hashedToken;
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
    Instant getLastOpenedAt() {
        return lastOpenedAt;
    }
}
