package com.cohortdesk.assessment;

import com.cohortdesk.shared.TextRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A learner's effective deadlines. Rules:
 * <ul>
 * <li>The latest extension granted for an assessment applies (earlier ones stay in the history).</li>
 * <li>An extension moves the due time; its cut-off is the one granted with it, or, when none was given,
 * the assessment's cut-off moved no earlier than the new due time (none when the assessment has none).</li>
 * </ul>
 */
public final class EffectiveDeadlines {

    /** The longest reason an extension keeps. */
    public static final int REASON_LENGTH = 500;

    private EffectiveDeadlines() {}

    /** The effective deadline of each assessment, in due order. Extensions for other assessments are ignored. */
    public static List<EffectiveDeadline> of(Collection<Deadline> deadlines, Collection<ExtensionGrant> extensions) {
        Map<Long, ExtensionGrant> latest = extensions.stream()
                .collect(Collectors.toMap(ExtensionGrant::assessmentId, e -> e, (a, b) -> later(a, b)));
        var result = new ArrayList<EffectiveDeadline>();
        for (var deadline : deadlines) result.add(apply(deadline, latest.get(deadline.assessmentId())));
        result.sort(Comparator.comparing(EffectiveDeadline::due).thenComparingLong(EffectiveDeadline::assessmentId));
        return result;
    }

    static EffectiveDeadline apply(Deadline deadline, @Nullable ExtensionGrant extension) {
        if (extension == null)
            return new EffectiveDeadline(deadline.assessmentId(), deadline.due(), deadline.cutOff(), null);
        Instant cutOff = extension.newCutOff();
        if (cutOff == null && deadline.cutOff() != null) {
            cutOff = deadline.cutOff().isBefore(extension.newDue()) ? extension.newDue() : deadline.cutOff();
        }
        return new EffectiveDeadline(deadline.assessmentId(), extension.newDue(), cutOff, extension);
    }

    private static ExtensionGrant later(ExtensionGrant a, ExtensionGrant b) {
        int byTime = a.grantedAt().compareTo(b.grantedAt());
        if (byTime != 0) return byTime > 0 ? a : b;
        return a.id() >= b.id() ? a : b;
    }

    /** Why an extension cannot be granted, in words; empty when it can. */
    public static List<String> problems(Deadline deadline, Instant newDue, @Nullable Instant newCutOff, String reason) {
        var problems = new ArrayList<String>();
        for (var problem : new String[] {
            laterProblem(deadline.due(), newDue), cutOffProblem(newDue, newCutOff), reasonProblem(reason)
        }) {
            if (problem != null) problems.add(problem);
        }
        return problems;
    }

    /** Why the new deadline is refused (not later than the assessment's own), or null. */
    public static @Nullable String laterProblem(Instant due, Instant newDue) {
        return newDue.isAfter(due) ? null : "An extension must move the deadline later than the assessment's own.";
    }

    /** Why the new cut-off is refused (before the new deadline), or null; none given is fine. */
    public static @Nullable String cutOffProblem(Instant newDue, @Nullable Instant newCutOff) {
        return newCutOff != null && newCutOff.isBefore(newDue)
                ? "The new cut-off must not be before the new deadline."
                : null;
    }

    /** Why the reason is refused (blank, longer than 500 characters, control characters), or null. */
    public static @Nullable String reasonProblem(@Nullable String reason) {
        if (reason == null || reason.isBlank()) return "Give the reason for the extension.";
        if (reason.strip().length() > REASON_LENGTH)
            return "The reason is longer than " + REASON_LENGTH + " characters.";
        var problems = new ArrayList<String>();
        TextRules.checkMultiLine("reason", reason, problems);
        return problems.isEmpty() ? null : problems.getFirst();
    }
}
