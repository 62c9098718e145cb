package com.cohortdesk.assessment;

import com.cohortdesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a wall-clock time entered in a zone into an instant, refusing the times a clock change makes
 * impossible or ambiguous instead of shifting them silently.
 * <ul>
 * <li>A time in a gap (clocks go forward, e.g. 01:30 on 29 March 2026 in Europe/London) does not exist:
 * refused, naming the last minute before and the first after.</li>
 * <li>A time in an overlap (clocks go back, e.g. 01:30 on 25 October 2026 in Europe/London) happens twice:
 * refused, naming both instants in UTC, so the user can pick one by entering it in UTC.</li>
 * </ul>
 */
public final class LocalDeadline {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

    private LocalDeadline() {}

    /** The instant, or the reason there is none. Exactly one of the two is set. */
    public record Conversion(
            @Nullable Instant instant, @Nullable String problem) {

        public boolean ok() {
            return instant != null;
        }

        public Instant require() {
            if (instant == null) throw new RuleViolation(problem);
            return instant;
        }
    }

    public static Conversion toInstant(LocalDateTime local, ZoneId zone) {
        var rules = zone.getRules();
        var offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1)
            return new Conversion(local.atOffset(offsets.getFirst()).toInstant(), null);
        var transition = rules.getTransition(local);
        if (transition == null) throw new IllegalStateException("No transition at " + local + " in " + zone);
        if (transition.isGap()) {
            return new Conversion(
                    null,
                    TIME.format(local) + " does not exist in " + zone.getId() + ": the clocks go forward from "
                            + transition.getDateTimeBefore().toLocalTime() + " to "
                            + transition.getDateTimeAfter().toLocalTime()
                            + " that night. Choose a time before "
                            + transition.getDateTimeBefore().toLocalTime() + " or from "
                            + transition.getDateTimeAfter().toLocalTime() + ".");
        }
        var first = local.atOffset(transition.getOffsetBefore()).toInstant();
        var second = local.atOffset(transition.getOffsetAfter()).toInstant();
        return new Conversion(
                null,
                TIME.format(local) + " happens twice in " + zone.getId() + ": the clocks go back from "
                        + transition.getDateTimeBefore().toLocalTime() + " to "
                        + transition.getDateTimeAfter().toLocalTime()
                        + " that night. Choose another time, or enter it in UTC (" + UTC.format(first)
                        + " for the first, "
                        + UTC.format(second) + " for the second).");
    }
}
