package com.cohortdesk.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An extension with its learner, as one query reads it. */
record LearnerExtension(
        long learnerId,
        long id,
        long assessmentId,
        Instant newDue,
        @Nullable Instant newCutOff,
        String reason,
        String approvedBy,
        Instant grantedAt) {

    ExtensionGrant grant() {
        return new ExtensionGrant(id, assessmentId, newDue, newCutOff, reason, approvedBy, grantedAt);
    }
}
