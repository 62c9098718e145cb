package com.cohortdesk.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What one learner must meet for one assessment: the assessment's deadline, or their extension's. */
public record EffectiveDeadline(
        long assessmentId,
        Instant due,
        @Nullable Instant cutOff,
        @Nullable ExtensionGrant extension) {

    public boolean extended() {
        return extension != null;
    }
}
