package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceSummaryTest {

    static RosterLine line(long id, AttendanceMark mark) {
        return new RosterLine(
                id, "Learner " + id, id + "@example.org", "Europe/London", true, null, 0, mark, null, 0, null);
    }

    @Test
    void countsEachMarkAndTheLearnersNotMarkedYet() {
        var summary = AttendanceSummary.of(List.of(
                line(1, AttendanceMark.PRESENT),
                line(2, AttendanceMark.PRESENT),
                line(3, AttendanceMark.LATE),
                line(4, AttendanceMark.ABSENT),
                line(5, null),
                line(6, null),
                line(7, AttendanceMark.EXCUSED)));
        assertThat(summary).isEqualTo(new AttendanceSummary(2, 1, 1, 1, 2));
        assertThat(summary.text()).isEqualTo("2 present · 1 late · 1 excused · 1 absent · 2 not marked");
    }

    @Test
    void anEmptyRosterHasNothingToMark() {
        assertThat(AttendanceSummary.of(List.of()).text())
                .isEqualTo("0 present · 0 late · 0 excused · 0 absent · 0 not marked");
    }
}
