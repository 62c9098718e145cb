package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.assessment.ClashWindows.Dated;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClashWindowsTest {

    static Dated d(long id, String due) {
        return new Dated(id, Instant.parse(due), "D" + id);
    }

    @Test
    void countsTheBusiestSevenDaysWhereverTheWeekBoundaryFalls() {
        // Friday, Monday, Wednesday: three in 5 days, across a calendar week boundary.
        var deadlines = List.of(
                d(1, "2026-11-06T12:00:00Z"),
                d(2, "2026-11-09T12:00:00Z"),
                d(3, "2026-11-11T12:00:00Z"),
                d(4, "2026-11-30T12:00:00Z"));
        assertThat(ClashWindows.maxInAnyWindow(deadlines)).isEqualTo(3);
        assertThat(ClashWindows.clashing(deadlines, 3)).extracting(Dated::id).containsExactly(1L, 2L, 3L);
        assertThat(ClashWindows.clashing(deadlines, 4)).isEmpty();
        assertThat(ClashWindows.maxInAnyWindow(List.of())).isZero();
    }

    @Test
    void exactlySevenDaysLaterIsTheNextWindow() {
        var deadlines =
                List.of(d(1, "2026-11-06T12:00:00Z"), d(2, "2026-11-10T12:00:00Z"), d(3, "2026-11-13T12:00:00Z"));
        assertThat(ClashWindows.maxInAnyWindow(deadlines)).isEqualTo(2);
        var oneMinuteEarlier =
                List.of(d(1, "2026-11-06T12:00:00Z"), d(2, "2026-11-10T12:00:00Z"), d(3, "2026-11-13T11:59:00Z"));
        assertThat(ClashWindows.maxInAnyWindow(oneMinuteEarlier)).isEqualTo(3);
    }

    @Test
    void aWindowAcrossTheAutumnClockChangeIs168Hours() {
        // Fri 23 Oct 12:00 BST = 11:00Z; Fri 30 Oct 11:00 GMT = 11:00Z is exactly 7 × 24 h later: not in the same
        // window.
        var deadlines =
                List.of(d(1, "2026-10-23T11:00:00Z"), d(2, "2026-10-27T12:00:00Z"), d(3, "2026-10-30T11:00:00Z"));
        assertThat(ClashWindows.maxInAnyWindow(deadlines)).isEqualTo(2);
        var deadlines2 =
                List.of(d(1, "2026-10-23T11:00:00Z"), d(2, "2026-10-27T12:00:00Z"), d(3, "2026-10-30T10:59:00Z"));
        assertThat(ClashWindows.maxInAnyWindow(deadlines2)).isEqualTo(3);
    }

    @Test
    void aCandidateNamesTheDeadlinesItClashesWith() {
        var others = List.of(d(1, "2026-11-06T12:00:00Z"), d(2, "2026-11-09T12:00:00Z"), d(3, "2026-11-20T12:00:00Z"));
        assertThat(ClashWindows.clashesWith(d(-1, "2026-11-10T12:00:00Z"), others, 3))
                .extracting(Dated::id)
                .containsExactly(1L, 2L);
        assertThat(ClashWindows.clashesWith(d(-1, "2026-11-16T12:00:00Z"), others, 3))
                .isEmpty();
        // Moving deadline 3 itself next to 1 and 2 clashes; its old date is not counted.
        assertThat(ClashWindows.clashesWith(d(3, "2026-11-08T12:00:00Z"), others, 3))
                .extracting(Dated::id)
                .containsExactly(1L, 2L);
        assertThat(ClashWindows.clashesWith(d(3, "2026-11-08T12:00:00Z"), others, 4))
                .isEmpty();
    }

    @Test
    void aCandidateOutsideTheBusyWindowDoesNotInheritItsClash() {
        var others = List.of(d(1, "2026-11-02T12:00:00Z"), d(2, "2026-11-03T12:00:00Z"), d(3, "2026-11-04T12:00:00Z"));
        assertThat(ClashWindows.clashesWith(d(-1, "2026-11-12T12:00:00Z"), others, 3))
                .isEmpty();
        assertThat(ClashWindows.clashesWith(d(-1, "2026-11-09T12:00:00Z"), others, 3))
                .extracting(Dated::id)
                .containsExactly(2L, 3L);
    }
}
