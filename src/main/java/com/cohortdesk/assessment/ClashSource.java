package com.cohortdesk.assessment;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.Instant;

/** A deadline of a cohort, for clash checks and the heat map. */
record ClashSource(
        long assessmentId,
        long offeringId,
        long cohortId,
        String cohortName,
        String moduleCode,
        String title,
        Instant due) {

    ClashWindows.Dated dated() {
        return new ClashWindows.Dated(
                assessmentId,
                due,
                moduleCode + " " + title + ", due " + DeadlineFormat.format(due, ProgrammeTime.ZONE));
    }
}
