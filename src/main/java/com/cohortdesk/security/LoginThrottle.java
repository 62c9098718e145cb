package com.cohortdesk.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Paces sign-in attempts (in memory, per application instance), keyed on the pair (address, username)
 * and on the address alone. Every attempt that is let through counts for both keys; the first
 * {@code freeFailures} of a pair (and {@code addressFreeFailures} of an address) may follow each other at
 * once, after that the next attempt is let through only once the delay has passed since the last one
 * failed, twice as long each time, up to {@code maxDelay}. An attempt that comes too early is refused at once, without checking the
 * password and without counting: no request thread ever waits. A success for a username clears that
 * pair (and the attempt no longer counts for the address), so signing in to one's own account never
 * lifts the delay on another username. A key is forgotten {@code forgetAfter} after its last attempt.
 * The account lockout ({@link LoginLockout}) limits guesses per account over all addresses.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    /** Attempts counted so far, when the last one came, and the earliest time the next one is let through. */
    private record Attempts(int count, long lastNanos, long notBeforeNanos) {}

    private final int freeFailures;
    private final int addressFreeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final LongSupplier nanoTime;
    private final Map<String, Attempts> byPair = new HashMap<>();
    private final Map<String, Attempts> byAddress = new HashMap<>();

    public LoginThrottle(
            int freeFailures,
            int addressFreeFailures,
            Duration baseDelay,
            Duration maxDelay,
            Duration forgetAfter,
            LongSupplier nanoTime) {
        this.freeFailures = freeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.nanoTime = nanoTime;
    }

    /**
     * Asks to check an attempt now: {@link Duration#ZERO} when it may be checked (it is counted), or how
     * long until the next attempt for this pair and address may be (it is then refused and not counted).
     */
    public synchronized Duration admit(String address, String username) {
        long now = nanoTime.getAsLong();
        if (byPair.size() + byAddress.size() > MAX_TRACKED) forgetOld(now);
        var pairKey = pair(address, username);
        var pair = current(byPair.get(pairKey), now);
        var fromAddress = current(byAddress.get(address), now);
        long wait = Math.max(pair.notBeforeNanos() - now, fromAddress.notBeforeNanos() - now);
        if (wait > 0) return Duration.ofNanos(wait);
        byPair.put(pairKey, next(pair, freeFailures, now));
        byAddress.put(address, next(fromAddress, addressFreeFailures, now));
        return Duration.ZERO;
    }

    /**
     * A checked attempt failed: the delay runs from now (the check itself took time), for the pair and the
     * address.
     */
    public synchronized void failed(String address, String username) {
        long now = nanoTime.getAsLong();
        byPair.computeIfPresent(pair(address, username), (k, attempts) -> restamp(attempts, freeFailures, now));
        byAddress.computeIfPresent(address, (k, attempts) -> restamp(attempts, addressFreeFailures, now));
    }

    /** A successful sign-in: the pair starts again, and the attempt does not count against the address. */
    public synchronized void succeeded(String address, String username) {
        byPair.remove(pair(address, username));
        byAddress.computeIfPresent(
                address,
                (a, attempts) -> attempts.count() <= 1
                        ? null
                        : new Attempts(
                                attempts.count() - 1,
                                attempts.lastNanos(),
                                Math.min(
                                        attempts.notBeforeNanos(),
                                        attempts.lastNanos()
                                                + delayFor(attempts.count() - 1, addressFreeFailures)
                                                        .toNanos())));
    }

    /** Forgets everything (an instance restart does the same). */
    synchronized void clear() {
        byPair.clear();
        byAddress.clear();
    }

    /** The delay after the n-th failure in a row of a pair. */
    Duration delayFor(int failures) {
        return delayFor(failures, freeFailures);
    }

    synchronized int tracked() {
        return byPair.size() + byAddress.size();
    }

    private Duration delayFor(int failures, int free) {
        int over = failures - free;
        if (over <= 0) return Duration.ZERO;
        var delay = baseDelay.multipliedBy(1L << Math.min(over - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Attempts next(Attempts attempts, int free, long now) {
        int count = attempts.count() + 1;
        return new Attempts(count, now, now + delayFor(count, free).toNanos());
    }

    private Attempts restamp(Attempts attempts, int free, long now) {
        return new Attempts(
                attempts.count(),
                now,
                Math.max(
                        attempts.notBeforeNanos(),
                        now + delayFor(attempts.count(), free).toNanos()));
    }

    private Attempts current(Attempts attempts, long now) {
        return attempts == null || expired(attempts, now) ? new Attempts(0, now, now) : attempts;
    }

    private static String pair(String address, String username) {
        return address + '\n' + username.strip();
    }

    private boolean expired(Attempts attempts, long now) {
        return now - attempts.lastNanos() > forgetAfter.toNanos();
    }

    private void forgetOld(long now) {
        byPair.values().removeIf(a -> expired(a, now));
        byAddress.values().removeIf(a -> expired(a, now));
    }
}
