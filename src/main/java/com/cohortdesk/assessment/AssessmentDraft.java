package com.cohortdesk.assessment;

import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.shared.TextRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An assessment as the form gives it: wall-clock times in the zone they were entered in. */
public record AssessmentDraft(
        long offeringId,
        @Nullable AssessmentType type,
        String title,
        @Nullable BigDecimal weight,
        String zone,
        @Nullable LocalDateTime release,
        @Nullable LocalDateTime due,
        @Nullable LocalDateTime cutOff) {

    public static final int TITLE_LENGTH = 200;

    /** The draft's instants, checked. */
    public record Resolved(
            AssessmentType type,
            String title,
            BigDecimal weight,
            ZoneId zone,
            Instant release,
            Instant due,
            @Nullable Instant cutOff) {}

    /** The instants, or a RuleViolation naming every problem. */
    public Resolved resolve() {
        var problems = new ArrayList<String>();
        addIfAny(problems, typeProblem(type));
        addIfAny(problems, titleProblem(title));
        addIfAny(problems, weightProblem(weight));
        var zoneId = ProgrammeTime.parseZone(zone).orElse(null);
        if (zoneId == null) problems.add(ProgrammeTime.zoneProblem(zone));
        addIfAny(problems, releaseProblem(release, due, zoneId));
        addIfAny(problems, dueProblem(due, zoneId));
        addIfAny(problems, cutOffProblem(cutOff, due, zoneId));
        if (!problems.isEmpty() || type == null || weight == null || zoneId == null || release == null || due == null) {
            throw new RuleViolation(String.join(" ", problems));
        }
        return new Resolved(
                type,
                title.strip(),
                weight,
                zoneId,
                instant(release, zoneId),
                instant(due, zoneId),
                cutOff == null ? null : instant(cutOff, zoneId));
    }

    public static @Nullable String typeProblem(@Nullable AssessmentType type) {
        return type == null ? "Choose the type of assessment." : null;
    }

    public static @Nullable String titleProblem(@Nullable String title) {
        if (title == null || title.isBlank()) return "Give the assessment a title.";
        if (title.strip().length() > TITLE_LENGTH) return "The title is longer than " + TITLE_LENGTH + " characters.";
        var problems = new ArrayList<String>();
        TextRules.checkSingleLine("title", title, problems);
        return problems.isEmpty() ? null : problems.getFirst();
    }

    public static @Nullable String weightProblem(@Nullable BigDecimal weight) {
        if (weight == null || weight.signum() < 0 || weight.compareTo(WeightCheck.FULL) > 0)
            return "The weight must be between 0 and 100 %.";
        if (weight.stripTrailingZeros().scale() > 2) return "The weight may have at most two decimals.";
        return null;
    }

    /** Why the release is refused (missing, no such time in the zone, not before the deadline), or null. */
    public static @Nullable String releaseProblem(
            @Nullable LocalDateTime release, @Nullable LocalDateTime due, @Nullable ZoneId zone) {
        var problem = timeProblem("release", release, zone, true);
        if (problem != null || release == null || due == null || zone == null) return problem;
        var releaseAt = LocalDeadline.toInstant(release, zone);
        var dueAt = LocalDeadline.toInstant(due, zone);
        if (releaseAt.ok() && dueAt.ok() && !releaseAt.require().isBefore(dueAt.require()))
            return "The release must be before the deadline.";
        return null;
    }

    /** Why the deadline is refused (missing, or a time a clock change skips or repeats in the zone), or null. */
    public static @Nullable String dueProblem(@Nullable LocalDateTime due, @Nullable ZoneId zone) {
        return timeProblem("due", due, zone, true);
    }

    /** Why the optional cut-off is refused (no such time in the zone, before the deadline), or null. */
    public static @Nullable String cutOffProblem(
            @Nullable LocalDateTime cutOff, @Nullable LocalDateTime due, @Nullable ZoneId zone) {
        var problem = timeProblem("cut-off", cutOff, zone, false);
        if (problem != null || cutOff == null || due == null || zone == null) return problem;
        var cutOffAt = LocalDeadline.toInstant(cutOff, zone);
        var dueAt = LocalDeadline.toInstant(due, zone);
        if (cutOffAt.ok() && dueAt.ok() && cutOffAt.require().isBefore(dueAt.require()))
            return "The cut-off must not be before the deadline.";
        return null;
    }

    private static @Nullable String timeProblem(
            String what, @Nullable LocalDateTime local, @Nullable ZoneId zone, boolean required) {
        if (local == null) return required ? "Give the " + what + " date and time." : null;
        if (zone == null) return null;
        var conversion = LocalDeadline.toInstant(local, zone);
        if (conversion.ok()) return null;
        var problem = conversion.problem();
        return "The " + what + " time " + problem.substring(0, 1).toLowerCase() + problem.substring(1);
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return LocalDeadline.toInstant(local, zone).require();
    }

    private static void addIfAny(List<String> problems, @Nullable String problem) {
        if (problem != null) problems.add(problem);
    }
}
