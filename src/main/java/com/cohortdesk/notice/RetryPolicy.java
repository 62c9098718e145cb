package com.cohortdesk.notice;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Five tries over a day: after the first failure wait 10 minutes, then 1 hour, 5 hours and 17 h 50 min
 * (24 hours from the first try to the fifth); a fifth failure is final.
 */
public record RetryPolicy(List<Duration> delays) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(List.of(
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(5),
            Duration.ofHours(17).plusMinutes(50)));

    public int maxTries() {
        return delays.size() + 1;
    }

    /** How long to wait after the given number of failed tries, or none when that was the last. */
    public Optional<Duration> delayAfter(int failedTries) {
        return failedTries >= 1 && failedTries <= delays.size()
                ? Optional.of(delays.get(failedTries - 1))
                : Optional.empty();
    }
}
