package com.cohortdesk.calendar;

import java.time.Instant;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of recently served feeds, one per subject, each valid only while the subject's content stamp (the
 * ETag) and its Last-Modified are the ones it was built with: by the stamp's design the content changes only when
 * the ETag does, so a repeated full GET of an unchanged feed costs what a 304 costs. Per node, least recently used
 * first out, at most {@code maxBytes} of bodies in all.
 */
final class FeedBodyCache {

    private record Entry(String etag, Instant lastModified, byte[] body) {}

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    FeedBodyCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body built for this subject with this ETag and Last-Modified, or none. */
    synchronized byte @Nullable [] get(String subject, String etag, Instant lastModified) {
        var entry = entries.get(subject);
        if (entry == null) return null;
        if (!entry.etag().equals(etag) || !entry.lastModified().equals(lastModified)) return null;
        return entry.body();
    }

    /** Keeps a body (replacing the subject's previous one); a body larger than a quarter of the budget is not kept. */
    synchronized void put(String subject, String etag, Instant lastModified, byte[] body) {
        var previous = entries.remove(subject);
        if (previous != null) bytes -= previous.body().length;
        if (body.length > maxBytes / 4) return;
        entries.put(subject, new Entry(etag, lastModified, body));
        bytes += body.length;
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }
}
