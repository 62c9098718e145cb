package com.cohortdesk.assessment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that grants an extension (to one learner or a selection), so that the
 * notice feature tells each learner in the same transaction.
 */
public record ExtensionGranted(
        long assessmentId,
        long offeringId,
        String title,
        String moduleCode,
        String moduleTitle,
        Instant originalDue,
        Instant newDue,
        @Nullable Instant newCutOff,
        String reason,
        List<Long> learnerIds) {}
