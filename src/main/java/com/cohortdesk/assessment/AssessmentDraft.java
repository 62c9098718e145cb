package com.cohortdesk.assessment;

import com.cohortdesk.shared.TextRules;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.shared.ProgrammeTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An assessment as the form gives it: wall-clock times in the zone they were entered in. */
public record AssessmentDraft(long offeringId, @Nullable AssessmentType type, String title, @Nullable BigDecimal weight,
        String zone, @Nullable LocalDateTime release, @Nullable LocalDateTime due, @Nullable LocalDateTime cutOff) {

    public static final int TITLE_LENGTH = 200;

    /** The draft's instants, checked. */
    public record Resolved(AssessmentType type, String title, BigDecimal weight, ZoneId zone, Instant release, Instant due,
            @Nullable Instant cutOff) {
    }

    /** The instants, or a RuleViolation naming every problem. */
    public Resolved resolve() {
        var problems = new ArrayList<String>();
        if (type == null) problems.add("Choose the type of assessment.");
        if (title.isBlank()) problems.add("Give the assessment a title.");
        if (title.strip().length() > TITLE_LENGTH) problems.add("The title is longer than " + TITLE_LENGTH + " characters.");
        TextRules.checkSingleLine("title", title, problems);
        if (weight == null || weight.signum() < 0 || weight.compareTo(WeightCheck.FULL) > 0) {
            problems.add("The weight must be between 0 and 100 %.");
        } else if (weight.stripTrailingZeros().scale() > 2) {
            problems.add("The weight may have at most two decimals.");
        }
        var zoneId = ProgrammeTime.parseZone(zone).orElse(null);
        if (zoneId == null) problems.add(ProgrammeTime.zoneProblem(zone));
        Instant releaseAt = convert("release", release, zoneId, true, problems);
        Instant dueAt = convert("due", due, zoneId, true, problems);
        Instant cutOffAt = convert("cut-off", cutOff, zoneId, false, problems);
        if (releaseAt != null && dueAt != null && !releaseAt.isBefore(dueAt)) problems.add("The release must be before the deadline.");
        if (dueAt != null && cutOffAt != null && cutOffAt.isBefore(dueAt)) problems.add("The cut-off must not be before the deadline.");
        if (!problems.isEmpty() || type == null || weight == null || zoneId == null || releaseAt == null || dueAt == null) {
            throw new RuleViolation(String.join(" ", problems));
        }
        return new Resolved(type, title.strip(), weight, zoneId, releaseAt, dueAt, cutOffAt);
    }

    private static @Nullable Instant convert(String what, @Nullable LocalDateTime local, @Nullable ZoneId zone, boolean required,
            List<String> problems) {
        if (local == null) {
            if (required) problems.add("Give the " + what + " date and time.");
            return null;
        }
        if (zone == null) return null;
        var conversion = LocalDeadline.toInstant(local, zone);
        if (!conversion.ok()) problems.add("The " + what + " time " + conversion.problem().substring(0, 1).toLowerCase()
                + conversion.problem().substring(1));
        return conversion.instant();
    }
}
