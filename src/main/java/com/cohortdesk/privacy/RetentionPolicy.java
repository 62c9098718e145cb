package com.cohortdesk.privacy;

import com.cohortdesk.shared.RuleViolation;
import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * When a learner's personal data is due for erasure: the retention period (a setting, default six years)
 * after the day they graduated or withdrew, in the programme's zone. Learners still studying or interrupted
 * are never due.
 */
public record RetentionPolicy(Period retention) {

    public static final Period DEFAULT = Period.ofYears(6);

    public RetentionPolicy {
        if (retention.isNegative() || retention.isZero())
            throw new RuleViolation("The retention period must be positive.");
    }

    /** The day the learner becomes due, or none when their status does not end their studies. */
    public @Nullable LocalDate dueOn(String status, @Nullable LocalDate endedOn) {
        if (endedOn == null || !(status.equals("GRADUATED") || status.equals("WITHDRAWN"))) return null;
        return endedOn.plus(retention);
    }

    /**
     * The latest end day whose learners are due on or before {@code day}: learners who ended on it or earlier are due
     * by then, later ones are not (adding a period never moves a later day before an earlier one).
     */
    public LocalDate latestEndDueBy(LocalDate day) {
        var end = day.minus(retention);
        while (end.plus(retention).isAfter(day)) end = end.minusDays(1);
        while (!end.plusDays(1).plus(retention).isAfter(day)) end = end.plusDays(1);
        return end;
    }

    /** Whether a learner due on {@code dueOn} is due within {@code days} days of {@code today} (overdue ones included). */
    public static boolean dueWithin(@Nullable LocalDate dueOn, LocalDate today, int days) {
        return dueOn != null && !dueOn.isAfter(today.plusDays(days));
    }
}
