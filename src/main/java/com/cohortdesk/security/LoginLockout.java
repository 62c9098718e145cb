package com.cohortdesk.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Account lockout: after {@link #MAX_FAILURES} wrong passwords in a row an account is locked for
 * {@link #LOCK_DURATION}; a successful sign-in (or an administrator) clears the count.
 */
public final class LoginLockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** The account's counters after a failed attempt: failures so far and, when just locked, until when. */
    public record Outcome(int failures, @Nullable Instant lockedUntil) {

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    private LoginLockout() {}

    public static boolean isLocked(@Nullable Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** After one more failure: the count, and the lock once it reaches the limit (the count then starts again). */
    public static Outcome afterFailure(int failuresBefore, Instant now) {
        return counted(failuresBefore + 1, now);
    }

    /**
     * The account's counters once the database has counted {@code failures} wrong passwords in a row
     * (the count is kept by an atomic increment, so each value is seen by exactly one failed sign-in:
     * only the one that reaches the limit locks the account).
     */
    public static Outcome counted(int failures, Instant now) {
        return failures >= MAX_FAILURES ? new Outcome(0, now.plus(LOCK_DURATION)) : new Outcome(failures, null);
    }
}
