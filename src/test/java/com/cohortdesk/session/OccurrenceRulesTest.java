package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OccurrenceRulesTest {

    static final Instant START = Instant.parse("2026-11-10T18:00:00Z");

    @Test
    void attendanceOpensOneHourBeforeTheStartAndStaysOpen() {
        assertThat(OccurrenceRules.attendanceOpen(
                        OccurrenceStatus.SCHEDULED, START, Instant.parse("2026-11-10T16:59:59Z")))
                .isFalse();
        assertThat(OccurrenceRules.attendanceRefusal(
                        OccurrenceStatus.SCHEDULED, START, Instant.parse("2026-11-10T16:59:59Z")))
                .contains("Attendance can be marked from an hour before the start.");
        assertThat(OccurrenceRules.attendanceOpen(
                        OccurrenceStatus.SCHEDULED, START, Instant.parse("2026-11-10T17:00:00Z")))
                .isTrue();
        assertThat(OccurrenceRules.attendanceOpen(
                        OccurrenceStatus.SCHEDULED, START, Instant.parse("2026-11-24T09:00:00Z")))
                .isTrue();
    }

    @Test
    void noAttendanceOnACancelledOccurrence() {
        assertThat(OccurrenceRules.attendanceRefusal(
                        OccurrenceStatus.CANCELLED, START, Instant.parse("2026-11-10T18:30:00Z")))
                .contains("The session was cancelled.");
        assertThat(OccurrenceRules.attendanceOpen(
                        OccurrenceStatus.CANCELLED, START, Instant.parse("2026-11-10T18:30:00Z")))
                .isFalse();
    }

    @Test
    void movedOrCancelledOnlyWhileScheduledAndStillToCome() {
        assertThat(OccurrenceRules.changeable(OccurrenceStatus.SCHEDULED, START, Instant.parse("2026-11-10T17:59:59Z")))
                .isTrue();
        assertThat(OccurrenceRules.changeable(OccurrenceStatus.SCHEDULED, START, START))
                .isFalse();
        assertThat(OccurrenceRules.changeable(OccurrenceStatus.SCHEDULED, START, Instant.parse("2026-11-10T18:30:00Z")))
                .isFalse();
        assertThat(OccurrenceRules.changeable(OccurrenceStatus.CANCELLED, START, Instant.parse("2026-11-01T09:00:00Z")))
                .isFalse();
    }

    @Test
    void aReasonToMoveOrCancelIsOneLineAndAReasonToOverrideMayHaveSeveral() {
        assertThat(OccurrenceRules.reasonProblem("  "))
                .isEqualTo("Give a reason; learners and colleagues will see it.");
        assertThat(OccurrenceRules.reasonProblem("Ill\nsorry"))
                .isEqualTo("The reason contains a line break; keep it on one line.");
        assertThat(OccurrenceRules.reasonProblem("Host unwell")).isNull();
        assertThat(OccurrenceRules.overrideReasonProblem(""))
                .isEqualTo("Give the reason to go ahead despite the conflict.");
        assertThat(OccurrenceRules.overrideReasonProblem("Agreed with\nthe lead"))
                .isNull();
        assertThat(OccurrenceRules.overrideReasonProblem("Esc\u001B")).contains("control character");
    }
}
