package com.cohortdesk.notice;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One line of the outbox page. */
public record OutboxRow(
        long id,
        NoticeKind kind,
        String recipientName,
        String recipientEmail,
        String subject,
        String causeType,
        @Nullable Long causeId,
        NoticeStatus status,
        int tries,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {

    static OutboxRow of(Notice n) {
        return new OutboxRow(
                Objects.requireNonNull(n.getId()),
                n.getKind(),
                n.getRecipientName(),
                n.getRecipientEmail(),
                n.getSubject(),
                n.getCauseType(),
                n.getCauseId(),
                n.getStatus(),
                n.getTries(),
                n.getCreatedAt(),
                n.getNextAttemptAt(),
                n.getSentAt(),
                n.getLastError());
    }

    /** Where the cause opens in the app, if it has a page. */
    public @Nullable String causeLink() {
        if (causeId == null) return null;
        return switch (causeType) {
            case "OCCURRENCE" -> "sessions/" + causeId;
            case "LEARNER" -> "learners/" + causeId;
            case "ASSESSMENT" -> "deadlines";
            default -> null;
        };
    }
}
