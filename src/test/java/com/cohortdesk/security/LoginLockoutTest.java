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
    void repeatedFailuresFromOneAddressWaitLongerUpToTheCap() {
        var clock = new AtomicLong();
        var throttle = new LoginThrottle(3, Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(15), clock::get);
        assertThat(throttle.failed("10.0.0.1")).isZero();
        assertThat(throttle.failed("10.0.0.1")).isZero();
        assertThat(throttle.failed("10.0.0.1")).isZero();
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(Duration.ofMillis(250));
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(Duration.ofMillis(500));
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.failed("10.0.0.2")).as("another address is not slowed").isZero();
        assertThat(throttle.delayFor(1000)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anAddressIsForgottenAfterSuccessOrQuiet() {
        var clock = new AtomicLong();
        var throttle = new LoginThrottle(1, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(15), clock::get);
        throttle.failed("10.0.0.1");
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(Duration.ofMillis(100));
        throttle.succeeded("10.0.0.1");
        assertThat(throttle.failed("10.0.0.1")).isZero();
        assertThat(throttle.failed("10.0.0.1")).isEqualTo(Duration.ofMillis(100));
        clock.addAndGet(Duration.ofMinutes(16).toNanos());
        assertThat(throttle.failed("10.0.0.1")).isZero();
        assertThat(throttle.tracked()).isEqualTo(1);
    }
}
