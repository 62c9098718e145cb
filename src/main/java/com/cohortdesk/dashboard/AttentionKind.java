package com.cohortdesk.dashboard;

import java.util.Arrays;
import java.util.Optional;

/** The built-in kinds of "Needs attention" line; {@code key} is what the list page's address carries. */
public enum AttentionKind {
    SESSION_FULL("session-full", "Live sessions in the next 7 days that are full with a waiting list"),
    SESSION_NO_HOST(
            "session-no-host",
            "Live sessions in the next 7 days without a host (the host's account is disabled or has no role)"),
    SESSION_NO_LINK("session-no-link", "Live sessions in the next 7 days without a meeting link"),
    SESSION_DOUBLE_BOOKED("session-double-booked", "Live sessions in the next 7 days whose host is double-booked"),
    DEADLINE_CLASH("deadline-clash", "Deadline clashes in the next 6 weeks"),
    LOW_ATTENDANCE("low-attendance", "Learners whose attendance fell below the threshold"),
    LEARNER_NO_PLACE(
            "learner-no-place", "Active learners without a place in one or more of their current term's offerings"),
    OFFERING_NO_LEARNERS("offering-no-learners", "Offerings of a current term with no learners"),
    TERM_NO_OFFERINGS(
            "term-no-offerings", "Cohorts whose current term, or next term starting within 4 weeks, has no offerings"),
    WEIGHTS_NOT_100("weights-not-100", "Current offerings whose assessment weights do not add up to 100 %");

    private final String key;
    private final String title;

    AttentionKind(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The list page's address for this kind, optionally for one cohort. */
    public String href(@org.jspecify.annotations.Nullable Long cohortId) {
        return "attention?kind=" + key + (cohortId == null ? "" : "&cohort=" + cohortId);
    }

    public String href() {
        return "attention?kind=" + key;
    }

    public static Optional<AttentionKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
