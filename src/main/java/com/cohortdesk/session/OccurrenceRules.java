package com.cohortdesk.session;

import com.cohortdesk.shared.TextRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What may be done with one occurrence at a given moment: attendance is marked from an hour before the start
 * (never on a cancelled one); an occurrence is moved or cancelled while scheduled and still to come.
 */
public final class OccurrenceRules {

    /** Attendance can be marked from this long before the start. */
    public static final Duration ATTENDANCE_OPENS = Duration.ofHours(1);

    private OccurrenceRules() {}

    /** Why attendance cannot be marked now, or empty when it can. */
    public static Optional<String> attendanceRefusal(OccurrenceStatus status, Instant start, Instant now) {
        if (status == OccurrenceStatus.CANCELLED) return Optional.of("The session was cancelled.");
        if (start.isAfter(now.plus(ATTENDANCE_OPENS)))
            return Optional.of("Attendance can be marked from an hour before the start.");
        return Optional.empty();
    }

    public static boolean attendanceOpen(OccurrenceStatus status, Instant start, Instant now) {
        return attendanceRefusal(status, start, now).isEmpty();
    }

    /** Whether the occurrence can still be moved or cancelled: scheduled and not yet started. */
    public static boolean changeable(OccurrenceStatus status, Instant start, Instant now) {
        return status == OccurrenceStatus.SCHEDULED && start.isAfter(now);
    }

    /** Why the reason for moving or cancelling an occurrence is refused (it is shown to learners), or null when it is fine. */
    public static @Nullable String reasonProblem(@Nullable String reason) {
        if (reason == null || reason.isBlank()) return "Give a reason; learners and colleagues will see it.";
        var problems = new ArrayList<String>();
        TextRules.checkSingleLine("reason", reason, problems);
        return problems.isEmpty() ? null : problems.getFirst();
    }

    /** Why the reason for saving despite a conflict is refused, or null when it is fine (line breaks are allowed). */
    public static @Nullable String overrideReasonProblem(@Nullable String reason) {
        if (reason == null || reason.isBlank()) return "Give the reason to go ahead despite the conflict.";
        var problems = new ArrayList<String>();
        TextRules.checkMultiLine("reason", reason, problems);
        return problems.isEmpty() ? null : problems.getFirst();
    }
}
