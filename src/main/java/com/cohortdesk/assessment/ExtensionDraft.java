package com.cohortdesk.assessment;

import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An extension as the form gives it, for one learner or several at once: wall-clock times in the zone entered in. */
public record ExtensionDraft(long assessmentId, Set<Long> learnerIds, String zone, @Nullable LocalDateTime newDue,
        @Nullable LocalDateTime newCutOff, String reason) {
}
