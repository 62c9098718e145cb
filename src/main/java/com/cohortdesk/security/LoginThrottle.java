package com.cohortdesk.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows repeated failed sign-ins from one address (in memory, per application instance): the first
 * {@code freeFailures} are answered at once, each further one waits twice as long as the one before,
 * up to {@code maxDelay}. An address is forgotten {@code forgetAfter} after its last failure, or on a
 * successful sign-in. The account lockout ({@link LoginLockout}) limits guesses per account; this limits
 * the pace of guessing across accounts from one address.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, long lastNanos) {
    }

    private final int freeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final LongSupplier nanoTime;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter, LongSupplier nanoTime) {
        this.freeFailures = freeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.nanoTime = nanoTime;
    }

    /** Records a failure from the address and returns how long to hold the answer back. */
    public Duration failed(String address) {
        long now = nanoTime.getAsLong();
        if (byAddress.size() > MAX_TRACKED) forgetOld(now);
        var failures = byAddress.compute(address, (a, f) -> f == null || expired(f, now) ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
        return delayFor(failures.count());
    }

    public void succeeded(String address) {
        byAddress.remove(address);
    }

    /** The delay after the n-th failure in a row. */
    Duration delayFor(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) return Duration.ZERO;
        var delay = baseDelay.multipliedBy(1L << Math.min(over - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    int tracked() {
        return byAddress.size();
    }

    private boolean expired(Failures failures, long now) {
        return now - failures.lastNanos() > forgetAfter.toNanos();
    }

    private void forgetOld(long now) {
        byAddress.entrySet().removeIf(e -> expired(e.getValue(), now));
    }
}
