package com.cohortdesk.learnerpage;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Paces the personal-link pages (in memory, per application instance): a token bucket per key, holding up
 * to {@code perMinute} requests and refilled at {@code perMinute} a minute. A request that finds its bucket
 * empty is refused at once (no thread waits). Keys are forgotten once their bucket is full again, and at most
 * {@code maxKeys} are kept (then full buckets are dropped first; a flood of distinct keys empties the map).
 */
final class LinkThrottle {

    private record Bucket(double tokens, long atNanos) {}

    private static final long MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new HashMap<>();

    LinkThrottle(int perMinute, int maxKeys, LongSupplier nanoTime) {
        if (perMinute < 1) throw new IllegalStateException("The throttle must allow at least one request a minute.");
        this.perMinute = perMinute;
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the key's bucket: true if it may go ahead. */
    synchronized boolean tryTake(String key) {
        long now = nanoTime.getAsLong();
        if (!buckets.containsKey(key) && buckets.size() >= maxKeys) forgetFull(now);
        var bucket = refilled(buckets.get(key), now);
        if (bucket.tokens() < 1) {
            buckets.put(key, bucket);
            return false;
        }
        buckets.put(key, new Bucket(bucket.tokens() - 1, now));
        return true;
    }

    /** Gives back a request taken for nothing (the other key refused it). */
    synchronized void giveBack(String key) {
        buckets.computeIfPresent(key, (k, b) -> new Bucket(Math.min(perMinute, b.tokens() + 1), b.atNanos()));
    }

    synchronized int trackedKeys() {
        return buckets.size();
    }

    private Bucket refilled(Bucket bucket, long now) {
        if (bucket == null) return new Bucket(perMinute, now);
        double refill = (double) (now - bucket.atNanos()) * perMinute / MINUTE;
        return new Bucket(Math.min(perMinute, bucket.tokens() + refill), now);
    }

    private void forgetFull(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            if (refilled(it.next().getValue(), now).tokens() >= perMinute) it.remove();
        }
        if (buckets.size() >= maxKeys) buckets.clear();
    }
}
