package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        int failures = 0;
        for (int i = 1; i <= 4; i++) {
            var outcome = LoginLockout.afterFailure(failures, NOW);
            assertThat(outcome.locked()).isFalse();
            assertThat(outcome.failures()).isEqualTo(i);
            failures = outcome.failures();
        }
        var fifth = LoginLockout.afterFailure(failures, NOW);
        assertThat(fifth.locked()).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(fifth.failures()).isZero();
    }

    @Test
    void aLockRunsOut() {
        var until = NOW.plus(LoginLockout.LOCK_DURATION);
        assertThat(LoginLockout.isLocked(null, NOW)).isFalse();
        assertThat(LoginLockout.isLocked(until, NOW)).isTrue();
        assertThat(LoginLockout.isLocked(until, until.minusSeconds(1))).isTrue();
        assertThat(LoginLockout.isLocked(until, until)).isFalse();
    }

    @Test
    void theDatabaseCountLocksOnlyWhenItReachesTheLimit() {
        assertThat(LoginLockout.counted(4, NOW).locked()).isFalse();
        assertThat(LoginLockout.counted(5, NOW).lockedUntil()).isEqualTo(NOW.plus(LoginLockout.LOCK_DURATION));
        assertThat(LoginLockout.counted(5, NOW).failures()).isZero();
    }

    private static final long MS = 1_000_000;

    @Test
    void attemptsOfAPairAreSpacedEverLongerUpToTheCapAndTooEarlyOnesAreRefusedWithoutCounting() {
        var clock = new AtomicLong();
        var throttle = new LoginThrottle(
                3, 10, Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(15), clock::get);
        for (int i = 0; i < 4; i++)
            assertThat(throttle.admit("10.0.0.1", "ada"))
                    .as("attempt " + (i + 1))
                    .isZero();
        assertThat(throttle.admit("10.0.0.1", "ada"))
                .as("the 5th right after the 4th")
                .isEqualTo(Duration.ofMillis(250));
        clock.addAndGet(100 * MS);
        assertThat(throttle.admit("10.0.0.1", "ada"))
                .as("refused attempts do not count")
                .isEqualTo(Duration.ofMillis(150));
        clock.addAndGet(150 * MS);
        assertThat(throttle.admit("10.0.0.1", "ada")).isZero();
        assertThat(throttle.admit("10.0.0.1", "ada")).isEqualTo(Duration.ofMillis(500));
        clock.addAndGet(500 * MS);
        assertThat(throttle.admit("10.0.0.1", "ada")).isZero();
        clock.addAndGet(1000 * MS);
        assertThat(throttle.admit("10.0.0.1", "ada")).isZero();
        assertThat(throttle.admit("10.0.0.1", "ada")).as("capped").isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.admit("10.0.0.2", "ada"))
                .as("another address is not slowed")
                .isZero();
        assertThat(throttle.admit("10.0.0.1", "ben"))
                .as("another username from the address is not slowed yet")
                .isZero();
        assertThat(throttle.delayFor(1000)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theDelayRunsFromTheFailureNotFromTheStartOfTheCheck() {
        var clock = new AtomicLong();
        var throttle = new LoginThrottle(
                1, 10, Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(15), clock::get);
        throttle.admit("10.0.0.1", "ada");
        throttle.failed("10.0.0.1", "ada");
        assertThat(throttle.admit("10.0.0.1", "ada")).isZero();
        clock.addAndGet(400 * MS); // a slow password check
        throttle.failed("10.0.0.1", "ada");
        assertThat(throttle.admit("10.0.0.1", "ada")).isEqualTo(Duration.ofMillis(250));
        clock.addAndGet(250 * MS);
        assertThat(throttle.admit("10.0.0.1", "ada")).isZero();
    }

    @Test
    void theAddressAloneIsPacedAcrossUsernames() {
        var clock = new AtomicLong();
        var throttle = new LoginThrottle(
                3, 10, Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(15), clock::get);
        for (int i = 1; i <= 11; i++)
            assertThat(throttle.admit("10.0.0.1", "user-" + i))
                    .as("attempt " + i)
                    .isZero();
        assertThat(throttle.admit("10.0.0.1", "user-12"))
                .as("12th username right after the 11th")
                .isEqualTo(Duration.ofMillis(250));
        assertThat(throttle.admit("10.0.0.9", "user-12")).isZero();
    }

    @Test
    void onlyASuccessForThatUsernameClearsThePair() {
        var clock = new AtomicLong();
        var throttle = new LoginThrottle(
                1, 10, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(15), clock::get);
        throttle.admit("10.0.0.1", "ada");
        throttle.admit("10.0.0.1", "ada");
        assertThat(throttle.admit("10.0.0.1", "ada")).isEqualTo(Duration.ofMillis(100));
        throttle.admit("10.0.0.1", "ben");
        throttle.succeeded("10.0.0.1", "ben");
        assertThat(throttle.admit("10.0.0.1", "ada"))
                .as("a success for another username")
                .isEqualTo(Duration.ofMillis(100));
        throttle.succeeded("10.0.0.1", "ada");
        assertThat(throttle.admit("10.0.0.1", "ada")).isZero();
    }

    @Test
    void successesDoNotCountAgainstTheAddress() {
        var clock = new AtomicLong();
        var throttle = new LoginThrottle(
                3, 2, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(15), clock::get);
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.admit("10.0.0.1", "user-" + i))
                    .as("colleague " + i + " behind the same address")
                    .isZero();
            throttle.succeeded("10.0.0.1", "user-" + i);
        }
        assertThat(throttle.tracked()).isZero();
    }

    @Test
    void aKeyIsForgottenAfterQuiet() {
        var clock = new AtomicLong();
        var throttle = new LoginThrottle(
                1, 10, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(15), clock::get);
        throttle.admit("10.0.0.1", "ada");
        throttle.admit("10.0.0.1", "ada");
        assertThat(throttle.admit("10.0.0.1", "ada")).isEqualTo(Duration.ofMillis(100));
        clock.addAndGet(Duration.ofMinutes(16).toNanos());
        assertThat(throttle.admit("10.0.0.1", "ada")).isZero();
        assertThat(throttle.admit("10.0.0.1", "ada")).isZero();
        assertThat(throttle.tracked()).isEqualTo(2);
    }
}
