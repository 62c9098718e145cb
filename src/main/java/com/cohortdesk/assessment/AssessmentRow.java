package com.cohortdesk.assessment;

import com.cohortdesk.shared.ProgrammeTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** An assessment as lists and forms show it, with its offering and how many extensions were granted. */
public record AssessmentRow(
        long id,
        long version,
        long offeringId,
        long cohortId,
        String cohortName,
        int term,
        String moduleCode,
        String moduleTitle,
        AssessmentType type,
        String title,
        BigDecimal weight,
        Instant release,
        Instant due,
        @Nullable Instant cutOff,
        String entryZone,
        long extensions) {

    public ZoneId zone() {
        return ZoneId.of(entryZone);
    }

    public String moduleLabel() {
        return moduleCode + " " + moduleTitle;
    }

    /** In the zone it was entered in. */
    public String dueText() {
        return DeadlineFormat.format(due, zone());
    }

    public String releaseText() {
        return DeadlineFormat.format(release, zone());
    }

    public @Nullable String cutOffText() {
        return cutOff == null ? null : DeadlineFormat.format(cutOff, zone());
    }

    /** In the programme's zone (the same text as {@link #dueText()} when entered there). */
    public String dueInLondon() {
        return DeadlineFormat.format(due, ProgrammeTime.ZONE);
    }

    public String weightText() {
        return WeightCheck.plain(weight) + " %";
    }
}
