package com.cohortdesk.notice;

import com.cohortdesk.audit.ExplicitlyAudited;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message in the outbox, written in the same transaction as the change that causes it. Reminders and
 * digests are planned ahead without a body (rendered when sent) under a unique {@code planKey}. The
 * {@code messageId} is fixed when the row is written, so a repeated send carries the same Message-ID.
 * Notices are the system's output, not users' changes: the outbox is their record, so the per-entity audit
 * listener skips them (as it never saw the planner's set-based inserts), and {@link OutboxService} and
 * {@link NoticeService} audit the user actions on notices (resend, pause and resume, send a personal link).
 */
@ExplicitlyAudited
@Entity
@Table(name = "notice")
public class Notice extends VersionedEntity {

    static final int MAX_ERROR = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NoticeKind kind = NoticeKind.PERSONAL_LINK;

    @Column(name = "recipient_email", nullable = false, length = 254)
    private String recipientEmail = "";

    @Column(name = "recipient_name", nullable = false, length = 160)
    private String recipientName = "";

    @Column(name = "recipient_zone", nullable = false, length = 64)
    private String recipientZone = "Europe/London";

    @Column(name = "learner_id")
    private @Nullable Long learnerId;

    @Column(name = "staff_id")
    private @Nullable Long staffId;

    @Column(nullable = false, length = 300)
    private String subject = "";

    @Column(name = "body_text", length = 200000)
    private @Nullable String bodyText;

    @Column(name = "body_html", length = 200000)
    private @Nullable String bodyHtml;

    @Column(length = 200000)
    private @Nullable String ics;

    @Column(name = "cause_type", nullable = false, length = 40)
    private String causeType = "";

    @Column(name = "cause_id")
    private @Nullable Long causeId;

    @Column(name = "offering_id")
    private @Nullable Long offeringId;

    @Column(name = "host_id")
    private @Nullable Long hostId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeStatus status = NoticeStatus.PENDING;

    @Column(nullable = false)
    private int tries;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "last_error", length = MAX_ERROR)
    private @Nullable String lastError;

    @Column(name = "message_id", nullable = false, length = 200)
    private String messageId = "";

    @Column(name = "plan_key", length = 200)
    private @Nullable String planKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected Notice() {}

    Notice(
            NoticeKind kind,
            Recipient recipient,
            String subject,
            String causeType,
            @Nullable Long causeId,
            Instant createdAt,
            Instant sendAt) {
        this.kind = kind;
        this.recipientEmail = recipient.email();
        this.recipientName = recipient.name();
        this.recipientZone = recipient.zone().getId();
        this.learnerId = recipient.learnerId();
        this.staffId = recipient.staffId();
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 299) + "\u2026";
        this.causeType = causeType;
        this.causeId = causeId;
        this.createdAt = createdAt;
        this.nextAttemptAt = sendAt;
        this.messageId = newMessageId();
    }

    static String newMessageId() {
        return "<notice-" + UUID.randomUUID() + "@cohortdesk>";
    }

    void setBody(String subject, String text, String html) {
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 299) + "\u2026";
        this.bodyText = text;
        this.bodyHtml = html;
    }

    void setIcs(@Nullable String ics) {
        this.ics = ics;
    }

    void setScope(@Nullable Long offeringId, @Nullable Long hostId) {
        this.offeringId = offeringId;
        this.hostId = hostId;
    }

    void setPlanKey(@Nullable String planKey) {
        this.planKey = planKey;
    }

    void markSent(Instant at) {
        status = NoticeStatus.SENT;
        tries++;
        sentAt = at;
        lastError = null;
    }

    /** A failed try: retried after the policy's delay, or failed for good after the last try. */
    void markTryFailed(String error, Instant now, RetryPolicy policy) {
        tries++;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "\u2026";
        var delay = policy.delayAfter(tries);
        if (delay.isEmpty()) status = NoticeStatus.FAILED;
        else nextAttemptAt = now.plus(delay.get());
    }

    /** A failure that no retry can mend (a 5xx reply, an address that never receives mail). */
    void markFailedForGood(String error) {
        tries++;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "\u2026";
        status = NoticeStatus.FAILED;
    }

    void suppress(String why) {
        status = NoticeStatus.SUPPRESSED;
        lastError = why.length() <= MAX_ERROR ? why : why.substring(0, MAX_ERROR - 1) + "\u2026";
    }

    /** Sends a failed notice again: a fresh round of tries, the same Message-ID. */
    void resend(Instant now) {
        status = NoticeStatus.PENDING;
        tries = 0;
        nextAttemptAt = now;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientZone() {
        return recipientZone;
    }

    public @Nullable Long getLearnerId() {
        return learnerId;
    }

    public @Nullable Long getStaffId() {
        return staffId;
    }

    public String getSubject() {
        return subject;
    }

    public @Nullable String getBodyText() {
        return bodyText;
    }

    public @Nullable String getBodyHtml() {
        return bodyHtml;
    }

    public @Nullable String getIcs() {
        return ics;
    }

    public String getCauseType() {
        return causeType;
    }

    public @Nullable Long getCauseId() {
        return causeId;
    }

    public @Nullable Long getOfferingId() {
        return offeringId;
    }

    public @Nullable Long getHostId() {
        return hostId;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public int getTries() {
        return tries;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public String getMessageId() {
        return messageId;
    }

    public @Nullable String getPlanKey() {
        return planKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }
}
