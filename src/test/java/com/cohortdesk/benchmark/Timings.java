package com.cohortdesk.benchmark;

import java.util.Arrays;

/** Durations of the measured fetches, in nanoseconds, and their percentiles in milliseconds. */
final class Timings {

    private final long[] nanos;
    private int size;

    Timings(int capacity) {
        nanos = new long[capacity];
    }

    void add(long duration) {
        nanos[size++] = duration;
    }

    /** The nearest-rank percentile, in milliseconds. */
    double percentile(double p) {
        var sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    int size() {
        return size;
    }

    double max() {
        return percentile(100);
    }

    double mean() {
        return Arrays.stream(nanos, 0, size).average().orElse(0) / 1_000_000.0;
    }
}
