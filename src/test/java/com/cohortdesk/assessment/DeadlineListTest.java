package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineListTest {

    static AssessmentRow row(long id, long cohortId, String due) {
        var at = Instant.parse(due);
        return new AssessmentRow(
                id,
                0,
                10 + id,
                cohortId,
                "Cohort " + cohortId,
                1,
                "MOD" + id,
                "Module " + id,
                AssessmentType.values()[0],
                "Task " + id,
                BigDecimal.TEN,
                at.minusSeconds(86_400 * 14),
                at,
                null,
                "Europe/London",
                0);
    }

    @Test
    void clashesAreCountedWithinEachCohort() {
        // cohort 1: three deadlines in five days; cohort 2: two in the same week, which with cohort 1's would make five
        var rows = List.of(
                row(1, 1, "2026-11-06T12:00:00Z"),
                row(2, 1, "2026-11-09T12:00:00Z"),
                row(3, 1, "2026-11-11T12:00:00Z"),
                row(4, 2, "2026-11-07T12:00:00Z"),
                row(5, 2, "2026-11-08T12:00:00Z"),
                row(6, 1, "2026-12-01T12:00:00Z"));
        var list = DeadlineList.of(rows, List.of(), 3);
        assertThat(list.clashes()).extracting(ClashWindows.Dated::id).containsExactly(1L, 2L, 3L);
        assertThat(list.clashes())
                .extracting(ClashWindows.Dated::label)
                .containsExactly("MOD1 Task 1", "MOD2 Task 2", "MOD3 Task 3");
        assertThat(list.clashingIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(DeadlineList.of(rows, List.of(), 4).clashes()).isEmpty();
    }

    @Test
    void clashesOfSeveralCohortsComeSoonestFirst() {
        var rows = List.of(
                row(1, 1, "2026-11-20T12:00:00Z"),
                row(2, 1, "2026-11-21T12:00:00Z"),
                row(3, 2, "2026-11-02T12:00:00Z"),
                row(4, 2, "2026-11-03T12:00:00Z"));
        assertThat(DeadlineList.of(rows, List.of(), 2).clashes())
                .extracting(ClashWindows.Dated::id)
                .containsExactly(3L, 4L, 1L, 2L);
        assertThat(DeadlineList.of(List.of(), List.of(), 2).clashes()).isEmpty();
    }
}
