package com.cohortdesk.learnerpage;

import com.cohortdesk.assessment.LearnerDeadline;
import com.cohortdesk.enrollment.PlanEntry;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.session.LearnerSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a learner's own page shows, all of it theirs: their plan by term, the live sessions of their offerings,
 * their effective deadlines, whether they have a calendar feed, and whether they receive reminders. A withdrawn or graduated learner's page
 * has only {@code closedNotice} (everything else empty).
 */
public record LearnerPage(
        String learnerName,
        String cohortName,
        ZoneId zone,
        LearnerStatus status,
        @Nullable String closedNotice,
        List<TermPlan> terms,
        List<LearnerSession> sessions,
        List<LearnerDeadline> deadlines,
        boolean calendarFeedActive,
        @Nullable Instant calendarFeedIssuedAt,
        String bookingGuard,
        Instant now,
        boolean remindersOn) {

    /** One term of the plan: its dates (of the learner's current cohort) and the modules in it. */
    public record TermPlan(
            int term,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            List<PlanEntry> modules) {}

    public boolean closed() {
        return closedNotice != null;
    }
}
