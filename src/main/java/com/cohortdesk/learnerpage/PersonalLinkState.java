package com.cohortdesk.learnerpage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The state of a learner's personal link as the learner's page (staff) shows it; never the token, only its
 * hash is kept. Not {@code active}: no link yet, or revoked at {@code revokedAt}.
 */
public record PersonalLinkState(
        long learnerId,
        boolean active,
        @Nullable Instant issuedAt,
        @Nullable String issuedBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastOpenedAt) {

    static PersonalLinkState none(long learnerId) {
        return new PersonalLinkState(learnerId, false, null, null, null, null);
    }
}
