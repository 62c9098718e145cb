package com.cohortdesk.session;

import com.cohortdesk.shared.TextRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session to schedule: the first start as a local date-time in the zone it is planned in, and (for a
 * weekly series) the last day; no offering means programme-wide; no capacity means no booking limit.
 */
public record SessionDraft(SessionType type, String title, @Nullable Long offeringId, long hostId, LocalDateTime firstStart,
        ZoneId zone, Duration duration, @Nullable LocalDate repeatsUntil, String meetingLink, @Nullable Integer capacity) {

    /** What is wrong with the draft, in words for the form; empty when it can be saved. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (title.isBlank()) problems.add("Give the session a title.");
        if (title.strip().length() > 200) problems.add("The title is at most 200 characters.");
        TextRules.checkSingleLine("title", title, problems);
        if (duration.toMinutes() < 5 || duration.toMinutes() > 480) problems.add("A session lasts 5 minutes to 8 hours.");
        if (!MeetingLinks.isValid(meetingLink)) problems.add("The meeting link must be an https:// address, e.g. https://meet.example.org/room.");
        if (capacity != null && capacity < 1) problems.add("The capacity must be at least 1 (or empty for no limit).");
        if (repeatsUntil != null && repeatsUntil.isBefore(firstStart.toLocalDate())) problems.add("The series ends before its first session.");
        return problems;
    }
}
