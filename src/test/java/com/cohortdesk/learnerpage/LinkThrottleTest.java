package com.cohortdesk.learnerpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LinkThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aKeyGetsItsBurstThenOneRequestPerSlotAsTheBucketRefills() {
        var throttle = new LinkThrottle(6, 1000, now::get);
        for (int i = 0; i < 6; i++) assertThat(throttle.tryTake("203.0.113.9")).isTrue();
        assertThat(throttle.tryTake("203.0.113.9")).isFalse();
        // another address is not affected
        assertThat(throttle.tryTake("198.51.100.7")).isTrue();
        // six a minute: one more after ten seconds, not before
        now.addAndGet(9_000_000_000L);
        assertThat(throttle.tryTake("203.0.113.9")).isFalse();
        now.addAndGet(1_000_000_000L);
        assertThat(throttle.tryTake("203.0.113.9")).isTrue();
        assertThat(throttle.tryTake("203.0.113.9")).isFalse();
        // a refused request does not count: after a quiet minute the whole burst is back
        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 6; i++) assertThat(throttle.tryTake("203.0.113.9")).isTrue();
        assertThat(throttle.tryTake("203.0.113.9")).isFalse();
    }

    @Test
    void keysWhoseBucketIsFullAgainAreForgottenWhenTheLimitIsReached() {
        var throttle = new LinkThrottle(2, 3, now::get);
        throttle.tryTake("a");
        throttle.tryTake("b");
        throttle.tryTake("c");
        throttle.tryTake("c");
        assertThat(throttle.trackedKeys()).isEqualTo(3);
        now.addAndGet(30_000_000_000L); // a and b are full again, c has refilled one of two
        assertThat(throttle.tryTake("d")).isTrue();
        assertThat(throttle.trackedKeys()).isEqualTo(2); // c and d
        assertThat(throttle.tryTake("c")).isTrue();
        assertThat(throttle.tryTake("c")).isFalse();
    }
}
