package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    private static final Instant TUE_18 = Instant.parse("2026-12-01T18:00:00Z");

    private static SessionSlot slot(
            long occurrenceId, String title, long host, @Nullable Long cohort, Instant start, int minutes) {
        return new SessionSlot(
                occurrenceId,
                occurrenceId,
                title,
                host,
                "Dr Host " + host,
                cohort,
                cohort == null ? "the whole programme" : "Fall " + cohort,
                start,
                start.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void aDoubleBookedHostIsNamedWithTheOtherSession() {
        var existing = slot(7, "MLDS101 office hour", 1, 2026L, TUE_18, 60);
        var proposed = slot(0, "MLDS202 webinar", 1, 2025L, TUE_18.plus(Duration.ofMinutes(30)), 60);
        assertThat(Conflicts.find(List.of(proposed), List.of(existing)))
                .containsExactly(
                        "Dr Host 1 already hosts \u201cMLDS101 office hour\u201d on Tue 1 Dec 2026, 18:00 UK.");
    }

    @Test
    void twoSessionsOfOneCohortMayNotOverlapButOtherCohortsMay() {
        var existing = slot(7, "MLDS102 webinar", 2, 2026L, TUE_18, 90);
        assertThat(Conflicts.find(
                        List.of(slot(0, "MLDS101 office hour", 1, 2026L, TUE_18.plus(Duration.ofMinutes(89)), 60)),
                        List.of(existing)))
                .containsExactly("It overlaps \u201cMLDS102 webinar\u201d for Fall 2026 on Tue 1 Dec 2026, 18:00 UK.");
        assertThat(Conflicts.find(List.of(slot(0, "MLDS203 office hour", 1, 2025L, TUE_18, 60)), List.of(existing)))
                .isEmpty();
        // a programme-wide session counts for every cohort
        assertThat(Conflicts.find(List.of(slot(0, "Programme Q&A", 3, null, TUE_18, 60)), List.of(existing)))
                .hasSize(1);
    }

    @Test
    void backToBackIsNoConflictAndAnOccurrenceDoesNotConflictWithItself() {
        var existing = slot(7, "MLDS102 webinar", 1, 2026L, TUE_18, 60);
        assertThat(Conflicts.find(
                        List.of(slot(0, "Next", 1, 2026L, TUE_18.plus(Duration.ofHours(1)), 60)), List.of(existing)))
                .isEmpty();
        assertThat(Conflicts.find(
                        List.of(slot(7, "Moved", 1, 2026L, TUE_18.plus(Duration.ofMinutes(15)), 60)),
                        List.of(existing)))
                .isEmpty();
    }
}
