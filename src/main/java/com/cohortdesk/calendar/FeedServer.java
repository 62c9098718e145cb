package com.cohortdesk.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serves feeds: finds the link by its token's hash, computes the content stamp (ETag) and when it last
 * changed (Last-Modified, DTSTAMP), records the read, and builds the body only when asked.
 */
@Component
class FeedServer {

    /** Reads within this time of the last recorded one by the same client are not written again. */
    static final Duration FETCH_RECORDING = Duration.ofMinutes(1);

    /** What the headers need, without the calendar. */
    record Head(FeedSubject subject, long subjectId, String etag, Instant lastModified, LocalDate firstDay) {}

    private final CalendarFeedRepository feeds;
    private final FeedStamps stamps;
    private final FeedReader reader;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final FeedBodyCache bodies = new FeedBodyCache(BODY_CACHE_BYTES);

    /** Bodies kept per node so that unchanged feeds are not rebuilt ({@link FeedBodyCache}). */
    static final long BODY_CACHE_BYTES = 32L * 1024 * 1024;

    FeedServer(
            CalendarFeedRepository feeds,
            FeedStamps stamps,
            FeedReader reader,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.feeds = feeds;
        this.stamps = stamps;
        this.reader = reader;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The link's headers, or none for an unknown or revoked token (the same lookup by hash either way). */
    Optional<Head> head(String token, @Nullable String userAgent) {
        var hashed = FeedTokens.hash(token);
        return transactions.execute(status -> {
            var found = feeds.findServed(hashed);
            if (found.isEmpty()) return Optional.<Head>empty();
            var feed = found.get();
            var now = clock.instant();
            var firstDay = FeedWindow.firstDay(now);
            var stamp = stamps.stamp(feed.subjectType(), feed.subjectId(), firstDay);
            var changedAt = feed.contentChangedAt();
            if (!stamp.equals(feed.contentStamp()) || changedAt == null) {
                // strictly later than the previous change, so that If-Modified-Since never hides a change
                var candidate = now.truncatedTo(ChronoUnit.SECONDS);
                if (changedAt != null && !candidate.isAfter(changedAt))
                    candidate = changedAt.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                feeds.recordStamp(feed.id(), stamp, candidate);
                changedAt = candidate;
            }
            var agent = userAgent == null ? null : userAgent.length() <= 200 ? userAgent : userAgent.substring(0, 200);
            if (feed.lastFetchedAt() == null
                    || !Objects.equals(agent, feed.lastUserAgent())
                    || feed.lastFetchedAt().plus(FETCH_RECORDING).isBefore(now)) {
                feeds.recordFetch(feed.id(), now, agent);
            }
            return Optional.of(
                    new Head(feed.subjectType(), feed.subjectId(), "\"" + stamp + "\"", changedAt, firstDay));
        });
    }

    /** The calendar, UTF-8: built once per content stamp, then served from {@link FeedBodyCache}. */
    byte[] body(Head head) {
        var key = head.subject() + ":" + head.subjectId();
        var cached = bodies.get(key, head.etag(), head.lastModified());
        if (cached != null) return cached;
        var calendar = reader.read(head.subject(), head.subjectId(), head.firstDay(), head.lastModified());
        var body = IcsWriter.write(calendar).getBytes(StandardCharsets.UTF_8);
        bodies.put(key, head.etag(), head.lastModified(), body);
        return body;
    }
}
