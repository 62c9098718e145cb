package com.cohortdesk.assessment;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** One grant in an assessment's extension history. */
public record ExtensionRow(
        long id,
        long learnerId,
        String learnerName,
        String learnerZone,
        Instant newDue,
        @Nullable Instant newCutOff,
        String entryZone,
        String reason,
        String approvedBy,
        Instant grantedAt) {

    public String newDueText() {
        return DeadlineFormat.format(newDue, ZoneId.of(entryZone));
    }

    public String newDueForLearner() {
        return DeadlineFormat.format(newDue, ZoneId.of(learnerZone));
    }

    public String grantedText() {
        return DeadlineFormat.format(grantedAt, ProgrammeTime.ZONE);
    }
}
