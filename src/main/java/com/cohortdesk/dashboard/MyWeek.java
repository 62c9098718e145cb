package com.cohortdesk.dashboard;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Faculty's landing page: the sessions they host in the next 7 days, their deadlines of the next 14, and attendance. */
public record MyWeek(
        List<HostedSession> sessions, List<LedDeadline> deadlines, ChartFigure attendance, Instant computedAt) {

    /** A session occurrence they host, with its roster counts (expected: the offering's enrolled learners). */
    public record HostedSession(
            long occurrenceId,
            String title,
            String forWhom,
            Instant start,
            Instant end,
            boolean today,
            @Nullable Integer capacity,
            long expected,
            long booked,
            long waiting) {

        /** "Roster 150", "6 of 6 booked, 2 waiting". */
        public String counts() {
            if (capacity == null) return "Roster " + expected + (booked > 0 ? ", " + booked + " booked" : "");
            return "Roster " + expected + ", " + booked + " of " + capacity + " booked, " + waiting + " waiting";
        }
    }

    /** A deadline of an offering they lead, with how many learners have an extension of it. */
    public record LedDeadline(
            long assessmentId,
            long cohortId,
            int term,
            String cohort,
            String module,
            String title,
            Instant due,
            long extensions) {}
}
