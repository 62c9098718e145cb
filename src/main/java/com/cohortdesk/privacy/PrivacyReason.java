package com.cohortdesk.privacy;

import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The rule for the reason typed before an erasure or a legal hold: given, at most {@link #MAX_LENGTH} characters, and
 * no control character (line breaks are fine). The dialog checks it on the field; the service checks it again, and
 * also that the reason does not name the person (it stays in the audit trail).
 */
public final class PrivacyReason {

    public static final int MAX_LENGTH = 500;

    private PrivacyReason() {}

    /**
     * Why a reason is refused, or null when it is fine.
     *
     * @param purpose what the reason is for, as in "Give the reason for the erasure." ("erasure", "legal hold")
     */
    public static @Nullable String problem(String purpose, @Nullable String reason) {
        if (reason == null || reason.isBlank()) return "Give the reason for the " + purpose + ".";
        if (reason.strip().length() > MAX_LENGTH)
            return "The reason is too long (" + MAX_LENGTH + " characters at most).";
        var control = TextRules.multiLineProblem("reason", reason);
        return control == null ? null : Character.toUpperCase(control.charAt(0)) + control.substring(1);
    }

    static void require(String purpose, @Nullable String reason) {
        var problem = problem(purpose, reason);
        if (problem != null) throw new RuleViolation(problem);
    }
}
