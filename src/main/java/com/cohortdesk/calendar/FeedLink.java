package com.cohortdesk.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The state of a subject's feed link as pages show it (never the token: only its hash is kept). Not
 * {@code active}: no link yet, or revoked at {@code revokedAt}.
 */
public record FeedLink(
        FeedSubject subject,
        long subjectId,
        boolean active,
        @Nullable Instant issuedAt,
        @Nullable String issuedBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastFetchedAt,
        @Nullable String lastUserAgent) {

    static FeedLink none(FeedSubject subject, long subjectId) {
        return new FeedLink(subject, subjectId, false, null, null, null, null, null);
    }
}
