package com.cohortdesk.learner;

import com.cohortdesk.shared.TextRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a learner's standing: which actions are open from which status, and what each needs.
 * Interrupting defers the learner to a later cohort; a resumed learner continues in that cohort.
 * Withdrawn and graduated are final.
 */
public final class LearnerLifecycle {

    public static final int MAX_REASON_LENGTH = 500;

    private static final Map<LearnerStatus, Set<StatusAction>> ALLOWED = Map.of(
            LearnerStatus.ACTIVE, EnumSet.of(StatusAction.INTERRUPT, StatusAction.WITHDRAW, StatusAction.GRADUATE),
            LearnerStatus.INTERRUPTED, EnumSet.of(StatusAction.RESUME, StatusAction.WITHDRAW),
            LearnerStatus.WITHDRAWN, EnumSet.noneOf(StatusAction.class),
            LearnerStatus.GRADUATED, EnumSet.noneOf(StatusAction.class));

    private LearnerLifecycle() {}

    /** The actions open to a learner with this status, in the order a menu shows them. */
    public static List<StatusAction> actionsFor(LearnerStatus status) {
        return List.copyOf(ALLOWED.get(status));
    }

    /** Why the reason for a status change is refused (none, too long, a control character), or null when it is fine. */
    public static @Nullable String reasonProblem(@Nullable String reason) {
        if (reason == null || reason.isBlank())
            return "Give a reason for the change; it is kept in the learner's history.";
        if (reason.strip().length() > MAX_REASON_LENGTH)
            return "The reason is too long (at most " + MAX_REASON_LENGTH + " characters).";
        var control = new ArrayList<String>(1);
        TextRules.checkMultiLine("reason", reason, control);
        return control.isEmpty() ? null : control.getFirst();
    }

    /** Why no cohort to defer to is a problem for this action: an interruption needs one. Null when fine. */
    public static @Nullable String deferralTargetProblem(
            String learnerName, StatusAction action, @Nullable Object target) {
        return action == StatusAction.INTERRUPT && target == null
                ? "Choose the later cohort " + learnerName + " defers to."
                : null;
    }

    /**
     * Problems with a requested change, in words; empty when it may go ahead.
     *
     * @param currentIntakeYear intake year of the learner's cohort now
     * @param targetIntakeYear intake year of the cohort chosen for a deferral, or null
     */
    public static List<String> check(
            String learnerName,
            LearnerStatus status,
            StatusAction action,
            @Nullable String reason,
            int currentIntakeYear,
            @Nullable Integer targetIntakeYear) {
        var problems = new ArrayList<String>();
        if (!ALLOWED.get(status).contains(action)) {
            problems.add(learnerName + " is " + status.label().toLowerCase() + "; \"" + action.label()
                    + "\" is not possible from there.");
        }
        var reasonProblem = reasonProblem(reason);
        if (reasonProblem != null) problems.add(reasonProblem);
        if (action == StatusAction.INTERRUPT) {
            var targetProblem = deferralTargetProblem(learnerName, action, targetIntakeYear);
            if (targetProblem != null) {
                problems.add(targetProblem);
            } else if (targetIntakeYear <= currentIntakeYear) {
                problems.add(
                        learnerName + " can only defer to a later cohort than the " + currentIntakeYear + " intake.");
            }
        } else if (targetIntakeYear != null) {
            problems.add("Only an interruption moves a learner to another cohort.");
        }
        return problems;
    }
}
