package com.cohortdesk.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The last computed figures per key (the whole programme, or one cohort), so a page view reads them instead of running
 * the aggregate queries each time. A figure younger than {@code maxAge} is served as it is; an older one is computed again
 * in the request. {@link #refreshRecent} (run in the background) recomputes the keys read within {@code keepWhileRead},
 * as the member of staff who last read them (their authorization applies), so readers keep finding fresh figures; keys
 * nobody read for that long are dropped. A {@code maxAge} of zero turns the keeping off: every read computes.
 */
final class Snapshots<K, V> {

    private record Held<V>(
            V value,
            long computedAt,
            long lastRead,
            @Nullable Authentication reader) {}

    private final Map<K, Held<V>> held = new ConcurrentHashMap<>();
    private final Map<K, Object> locks = new ConcurrentHashMap<>();
    private final Function<K, V> compute;
    private final long maxAge;
    private final long keepWhileRead;
    private final LongSupplier nanos;

    Snapshots(Function<K, V> compute, Duration maxAge, Duration keepWhileRead, LongSupplier nanos) {
        this.compute = compute;
        this.maxAge = maxAge.toNanos();
        this.keepWhileRead = keepWhileRead.toNanos();
        this.nanos = nanos;
    }

    /** The figures of {@code key}: kept ones while younger than the maximum age, else computed now (once per key at a time). */
    V get(K key) {
        if (maxAge <= 0) return compute.apply(key);
        var reader = SecurityContextHolder.getContext().getAuthentication();
        var fresh = fresh(key, reader);
        if (fresh != null) return fresh;
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            fresh = fresh(key, reader); // computed by another request meanwhile
            if (fresh != null) return fresh;
            return store(key, reader);
        }
    }

    /** Computes {@code key} now and keeps the result (a "Refresh" by the reader). */
    V recompute(K key) {
        var reader = SecurityContextHolder.getContext().getAuthentication();
        if (maxAge <= 0) return compute.apply(key);
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            return store(key, reader);
        }
    }

    /** Recomputes every key read recently, as its last reader; drops the others. Returns how many were recomputed. */
    int refreshRecent() {
        int refreshed = 0;
        for (var entry : held.entrySet()) {
            var key = entry.getKey();
            var h = entry.getValue();
            if (nanos.getAsLong() - h.lastRead() > keepWhileRead || h.reader() == null) {
                held.remove(key, h);
                continue;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(h.reader());
            var previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                synchronized (locks.computeIfAbsent(key, k -> new Object())) {
                    var value = compute.apply(key);
                    held.compute(
                            key,
                            (k, old) -> new Held<>(
                                    value,
                                    nanos.getAsLong(),
                                    old == null ? h.lastRead() : old.lastRead(),
                                    old == null ? h.reader() : old.reader()));
                }
                refreshed++;
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
        return refreshed;
    }

    private @Nullable V fresh(K key, @Nullable Authentication reader) {
        var h = held.get(key);
        long now = nanos.getAsLong();
        if (h == null || now - h.computedAt() >= maxAge) return null;
        held.replace(key, h, new Held<>(h.value(), h.computedAt(), now, reader == null ? h.reader() : reader));
        return h.value();
    }

    private V store(K key, @Nullable Authentication reader) {
        var value = compute.apply(key);
        long now = nanos.getAsLong();
        held.put(key, new Held<>(value, now, now, reader));
        return value;
    }
}
