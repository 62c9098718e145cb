package com.cohortdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedBodyCacheTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void aBodyIsServedOnlyForTheStampAndTimeItWasBuiltWith() {
        var cache = new FeedBodyCache(1_000);
        byte[] body = {1, 2, 3};
        cache.put("LEARNER:7", "\"a\"", MONDAY, body);

        assertThat(cache.get("LEARNER:7", "\"a\"", MONDAY)).isSameAs(body);
        assertThat(cache.get("LEARNER:7", "\"b\"", MONDAY))
                .as("content changed")
                .isNull();
        assertThat(cache.get("LEARNER:7", "\"a\"", MONDAY.plusSeconds(1)))
                .as("changed again")
                .isNull();
        assertThat(cache.get("COHORT:7", "\"a\"", MONDAY)).as("another subject").isNull();
    }

    @Test
    void aNewBodyReplacesTheSubjectsOldOne() {
        var cache = new FeedBodyCache(1_000);
        cache.put("LEARNER:7", "\"a\"", MONDAY, new byte[100]);
        cache.put("LEARNER:7", "\"b\"", MONDAY, new byte[50]);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(50);
        assertThat(cache.get("LEARNER:7", "\"a\"", MONDAY)).isNull();
        assertThat(cache.get("LEARNER:7", "\"b\"", MONDAY)).hasSize(50);
    }

    @Test
    void theLeastRecentlyUsedBodiesGoFirstWhenTheBudgetIsFull() {
        var cache = new FeedBodyCache(1_000);
        cache.put("A", "\"1\"", MONDAY, new byte[200]);
        cache.put("B", "\"1\"", MONDAY, new byte[200]);
        cache.put("C", "\"1\"", MONDAY, new byte[200]);
        cache.get("A", "\"1\"", MONDAY); // A is now the most recently used
        cache.put("D", "\"1\"", MONDAY, new byte[200]);
        cache.put("E", "\"1\"", MONDAY, new byte[250]);

        assertThat(cache.bytes()).isLessThanOrEqualTo(1_000);
        assertThat(cache.get("B", "\"1\"", MONDAY)).as("least recently used").isNull();
        assertThat(cache.get("A", "\"1\"", MONDAY)).isNotNull();
        assertThat(cache.get("E", "\"1\"", MONDAY)).isNotNull();
    }

    @Test
    void aBodyLargerThanAQuarterOfTheBudgetIsNotKept() {
        var cache = new FeedBodyCache(1_000);
        cache.put("A", "\"1\"", MONDAY, new byte[251]);

        assertThat(cache.size()).isZero();
        assertThat(cache.get("A", "\"1\"", MONDAY)).isNull();
    }
}
