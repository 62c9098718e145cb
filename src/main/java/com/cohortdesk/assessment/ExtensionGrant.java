package com.cohortdesk.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One extension granted to one learner for one assessment, as recorded (extensions are never edited). */
public record ExtensionGrant(
        long id,
        long assessmentId,
        Instant newDue,
        @Nullable Instant newCutOff,
        String reason,
        String approvedBy,
        Instant grantedAt) {}
