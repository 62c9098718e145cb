package com.cohortdesk.assessment;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** One of a learner's effective deadlines, with the assessment it belongs to, shown in the learner's zone and in London. */
public record LearnerDeadline(AssessmentRow assessment, EffectiveDeadline effective, ZoneId learnerZone) {

    public String dueForLearner() {
        return DeadlineFormat.format(effective.due(), learnerZone);
    }

    public String dueInLondon() {
        return DeadlineFormat.format(effective.due(), ProgrammeTime.ZONE);
    }

    public @Nullable String cutOffForLearner() {
        var cutOff = effective.cutOff();
        return cutOff == null ? null : DeadlineFormat.format(cutOff, learnerZone);
    }

    /** "Extended from Fri 6 Nov 2026, 12:00 GMT (Europe/London): reason (approved by admin)", or empty. */
    public String extensionNote() {
        var extension = effective.extension();
        if (extension == null) return "";
        return "Extended from " + DeadlineFormat.format(assessment.due(), learnerZone) + ": " + extension.reason()
                + " (approved by " + extension.approvedBy() + ", "
                + DeadlineFormat.format(extension.grantedAt(), ProgrammeTime.ZONE) + ")";
    }
}
