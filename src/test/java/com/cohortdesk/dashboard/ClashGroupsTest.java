package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.assessment.ClashWindows.Dated;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClashGroupsTest {

    private static Dated due(long id, String at) {
        return new Dated(id, Instant.parse(at), "d" + id);
    }

    @Test
    void clashingDeadlinesLessThanAWeekApartFormOneClashAndLaterOnesAnother() {
        var deadlines = List.of(
                due(1, "2026-11-23T12:00:00Z"),
                due(2, "2026-11-25T12:00:00Z"),
                due(3, "2026-11-27T12:00:00Z"),
                due(4, "2026-12-10T12:00:00Z"),
                due(5, "2027-01-11T12:00:00Z"),
                due(6, "2027-01-12T12:00:00Z"),
                due(7, "2027-01-13T12:00:00Z"),
                due(8, "2027-01-14T12:00:00Z"));
        var groups = ClashGroups.of(deadlines, 3, Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).extracting(Dated::id).containsExactly(1L, 2L, 3L);
        assertThat(groups.get(1)).extracting(Dated::id).containsExactly(5L, 6L, 7L, 8L);
    }

    @Test
    void aClashThatEndedBeforeNowIsNotCounted() {
        var deadlines =
                List.of(due(1, "2026-11-16T12:00:00Z"), due(2, "2026-11-17T12:00:00Z"), due(3, "2026-11-18T12:00:00Z"));
        assertThat(ClashGroups.of(deadlines, 3, Instant.parse("2026-11-25T12:00:00Z")))
                .isEmpty();
        assertThat(ClashGroups.of(deadlines, 4, Instant.parse("2026-11-01T12:00:00Z")))
                .as("below the threshold")
                .isEmpty();
    }
}
