package com.cohortdesk.dashboard;

import com.cohortdesk.shared.RuleViolation;

/**
 * When a learner's attendance needs attention: of the last {@code sessions} sessions they were expected at (a mark
 * was recorded that is not "excused"), the share attended (present or late) is below {@code percent}.
 * Defaults: 50 % of the last 4 ({@code cohortdesk.dashboard.attendance.percent}, {@code .sessions}).
 */
public record AttendanceThreshold(int percent, int sessions) {

    public AttendanceThreshold {
        if (percent < 1 || percent > 100)
            throw new RuleViolation("The attendance threshold must be 1 to 100 %, not " + percent + ".");
        if (sessions < 1 || sessions > 52)
            throw new RuleViolation("The attendance window must be 1 to 52 sessions, not " + sessions + ".");
    }

    /** True when {@code attended} of {@code counted} sessions is below the threshold (nothing counted: never). */
    public boolean isBelow(long attended, long counted) {
        return counted > 0 && attended * 100 < (long) percent * counted;
    }

    /** "50 % of the last 4 sessions". */
    public String describe() {
        return percent + " % of the last " + sessions + (sessions == 1 ? " session" : " sessions");
    }
}
