package com.cohortdesk.assessment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An extension as the form gives it, for one learner or several at once: wall-clock times in the zone entered in. The
 * static checks are the rules of each field, shared by the form (on the field) and {@link ExtensionService#grant}.
 */
public record ExtensionDraft(
        long assessmentId,
        Set<Long> learnerIds,
        String zone,
        @Nullable LocalDateTime newDue,
        @Nullable LocalDateTime newCutOff,
        String reason) {

    public static @Nullable String learnersProblem(@Nullable Collection<?> learners) {
        return learners == null || learners.isEmpty() ? "Choose at least one learner." : null;
    }

    /**
     * Why the new deadline is refused: missing, a time a clock change skips or repeats in the zone, or not later than the
     * assessment's own deadline; null when it is fine (or the zone is not known yet).
     */
    public static @Nullable String newDueProblem(
            @Nullable LocalDateTime newDue, @Nullable ZoneId zone, Instant assessmentDue) {
        if (newDue == null) return "Give the new deadline.";
        if (zone == null) return null;
        var due = LocalDeadline.toInstant(newDue, zone);
        if (!due.ok()) return "The new deadline " + due.problem();
        return EffectiveDeadlines.laterProblem(assessmentDue, due.require());
    }

    /** Why the optional new cut-off is refused: no such time in the zone, or before the new deadline; null when fine. */
    public static @Nullable String newCutOffProblem(
            @Nullable LocalDateTime newCutOff, @Nullable LocalDateTime newDue, @Nullable ZoneId zone) {
        if (newCutOff == null || zone == null) return null;
        var cutOff = LocalDeadline.toInstant(newCutOff, zone);
        if (!cutOff.ok()) return "The new cut-off " + cutOff.problem();
        if (newDue == null) return null;
        var due = LocalDeadline.toInstant(newDue, zone);
        return due.ok() ? EffectiveDeadlines.cutOffProblem(due.require(), cutOff.require()) : null;
    }

    public static @Nullable String reasonProblem(@Nullable String reason) {
        return EffectiveDeadlines.reasonProblem(reason);
    }
}
