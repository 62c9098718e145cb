package com.cohortdesk.calendar;

import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.shared.ProgrammeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The time a feed covers: from the start of the day 30 days ago (UK time, so the window moves once a day,
 * with the stamp) to the end of the subject's programme (the day after its last term ends), or without
 * end for a member of staff. Cancelled occurrences in the window stay in the feed, so a cancellation is
 * shown for 30 days after the session's time.
 */
record FeedWindow(LocalDate firstDay, Instant from, Instant to) {

    static final int DAYS_BACK = 30;
    static final Instant NO_END = Instant.parse("3000-01-01T00:00:00Z");

    static LocalDate firstDay(Instant now) {
        return LocalDate.ofInstant(now, ProgrammeTime.ZONE).minusDays(DAYS_BACK);
    }

    static FeedWindow of(LocalDate firstDay, Collection<TermDates> terms) {
        var to = terms.stream()
                .map(TermDates::endsOn)
                .max(LocalDate::compareTo)
                .map(last -> last.plusDays(1).atStartOfDay(ProgrammeTime.ZONE).toInstant())
                .orElse(NO_END);
        return new FeedWindow(
                firstDay, firstDay.atStartOfDay(ProgrammeTime.ZONE).toInstant(), to);
    }

    static FeedWindow open(LocalDate firstDay) {
        return new FeedWindow(
                firstDay, firstDay.atStartOfDay(ProgrammeTime.ZONE).toInstant(), NO_END);
    }

    boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
