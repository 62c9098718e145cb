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
public record SessionDraft(
        SessionType type,
        String title,
        @Nullable Long offeringId,
        long hostId,
        LocalDateTime firstStart,
        ZoneId zone,
        Duration duration,
        @Nullable LocalDate repeatsUntil,
        String meetingLink,
        @Nullable Integer capacity) {

    public static final int TITLE_LENGTH = 200;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    /** What is wrong with the draft, in words for the form; empty when it can be saved. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        addIfAny(problems, titleProblem(title));
        addIfAny(problems, durationProblem((int) Math.min(Integer.MAX_VALUE, duration.toMinutes())));
        addIfAny(problems, meetingLinkProblem(meetingLink));
        addIfAny(problems, capacityProblem(capacity));
        addIfAny(problems, repeatsUntilProblem(firstStart.toLocalDate(), repeatsUntil));
        return problems;
    }

    /** What is wrong with the title (blank, too long, not one line), or null when it is fine. */
    public static @Nullable String titleProblem(@Nullable String title) {
        if (title == null || title.isBlank()) return "Give the session a title.";
        if (title.strip().length() > TITLE_LENGTH) return "The title is at most " + TITLE_LENGTH + " characters.";
        var problems = new ArrayList<String>();
        TextRules.checkSingleLine("title", title, problems);
        return problems.isEmpty() ? null : problems.getFirst();
    }

    /** Why the length in minutes is refused, or null when it is fine. */
    public static @Nullable String durationProblem(@Nullable Integer minutes) {
        if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES)
            return "A session lasts 5 minutes to 8 hours.";
        return null;
    }

    public static @Nullable String meetingLinkProblem(@Nullable String link) {
        if (link == null || !MeetingLinks.isValid(link))
            return "The meeting link must be an https:// address, e.g. https://meet.example.org/room.";
        return null;
    }

    public static @Nullable String capacityProblem(@Nullable Integer capacity) {
        if (capacity != null && capacity < 1) return "The capacity must be at least 1 (or empty for no limit).";
        return null;
    }

    /** Why a weekly series cannot end on that day, or null when it can (or does not repeat). */
    public static @Nullable String repeatsUntilProblem(
            @Nullable LocalDate firstDate, @Nullable LocalDate repeatsUntil) {
        if (firstDate != null && repeatsUntil != null && repeatsUntil.isBefore(firstDate))
            return "The series ends before its first session.";
        return null;
    }

    private static void addIfAny(List<String> problems, @Nullable String problem) {
        if (problem != null) problems.add(problem);
    }
}
