package com.cohortdesk.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A learner's choice about reminders (change notices are always sent); no row means reminders on. */
@Entity
@Table(name = "learner_notice_preference")
public class LearnerNoticePreference {

    @Id
    @Column(name = "learner_id")
    private long learnerId;

    @Column(nullable = false)
    private boolean reminders = true;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Version
    private long version;

    protected LearnerNoticePreference() {}

    LearnerNoticePreference(long learnerId, boolean reminders, Instant changedAt) {
        this.learnerId = learnerId;
        this.reminders = reminders;
        this.changedAt = changedAt;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public boolean isReminders() {
        return reminders;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }

    void set(boolean reminders, Instant at) {
        this.reminders = reminders;
        this.changedAt = at;
    }
}
