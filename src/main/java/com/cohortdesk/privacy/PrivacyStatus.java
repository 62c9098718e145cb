package com.cohortdesk.privacy;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A learner's personal-data standing: when they were erased, their legal hold, and when the retention
 * period ends (none while they are still studying or interrupted).
 */
public record PrivacyStatus(
        long learnerId,
        @Nullable Instant erasedAt,
        @Nullable String holdReason,
        @Nullable String heldBy,
        @Nullable Instant heldAt,
        @Nullable LocalDate erasureDueOn) {

    public boolean erased() {
        return erasedAt != null;
    }

    public boolean held() {
        return holdReason != null;
    }
}
