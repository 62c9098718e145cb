package com.cohortdesk.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live feed link found by its token's hash: whose it is, its read bookkeeping and the content stamp last served. */
public record ServedFeed(
        long id,
        FeedSubject subjectType,
        long subjectId,
        @Nullable Instant lastFetchedAt,
        @Nullable String lastUserAgent,
        @Nullable String contentStamp,
        @Nullable Instant contentChangedAt) {}
