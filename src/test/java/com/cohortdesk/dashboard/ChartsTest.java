package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void weeksOfATermCountFromItsFirstDayInUkTime() {
        var start = LocalDate.parse("2026-10-05");
        assertThat(Charts.weekOfTerm(start, Instant.parse("2026-10-05T00:30:00Z")))
                .isEqualTo(1);
        assertThat(Charts.weekOfTerm(start, Instant.parse("2026-10-11T22:59:00Z")))
                .isEqualTo(1);
        // 23:30 UTC on Sunday 11 October is 00:30 on Monday in London (BST): week 2.
        assertThat(Charts.weekOfTerm(start, Instant.parse("2026-10-11T23:30:00Z")))
                .isEqualTo(2);
        assertThat(Charts.weekOfTerm(start, Instant.parse("2026-10-04T12:00:00Z")))
                .isZero();
    }

    @Test
    void offsetsAreLabelledAndBinnedByTheirOffsetAtThatMoment() {
        assertThat(Charts.offsetLabel(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(Charts.offsetLabel(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+5:30");
        assertThat(Charts.offsetLabel(ZoneOffset.ofHours(-3))).isEqualTo("UTC−3");
        var rows = List.of(
                new ChartQueries.ZoneCount("Europe/London", 10),
                new ChartQueries.ZoneCount("Africa/Accra", 2),
                new ChartQueries.ZoneCount("Asia/Kolkata", 4),
                new ChartQueries.ZoneCount("America/Sao_Paulo", 1));
        var winter = Charts.learnersByOffset(rows, Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(winter.labels()).containsExactly("UTC−3", "UTC", "UTC+5:30");
        assertThat(winter.series().getFirst().values()).containsExactly(1.0, 12.0, 4.0);
        // In July London is UTC+1, Accra stays at UTC.
        var summer = Charts.learnersByOffset(rows, Instant.parse("2026-07-01T12:00:00Z"));
        assertThat(summer.labels()).containsExactly("UTC−3", "UTC", "UTC+1", "UTC+5:30");
        assertThat(summer.series().getFirst().values()).containsExactly(1.0, 2.0, 10.0, 4.0);
    }

    @Test
    void attendanceRatesLeaveExcusedOutAndShowTheMarksBehindThem() {
        var start = LocalDate.parse("2026-10-05");
        var rows = List.of(
                new ChartQueries.OccurrenceMarks(
                        "Fall 2026", "MLDS101", start, Instant.parse("2026-10-06T17:00:00Z"), 6, 1, 2, 1),
                new ChartQueries.OccurrenceMarks(
                        "Fall 2026", "MLDS101", start, Instant.parse("2026-10-08T17:00:00Z"), 2, 0, 0, 2),
                new ChartQueries.OccurrenceMarks(
                        "Fall 2026", "MLDS101", start, Instant.parse("2026-10-20T17:00:00Z"), 0, 0, 3, 0));
        var figure = Charts.attendanceByModuleAndWeek(rows, true);
        assertThat(figure.labels()).containsExactly("Week 1", "Week 2", "Week 3");
        var line = figure.series().getFirst();
        assertThat(line.name()).isEqualTo("MLDS101");
        // Week 1: 9 attended of 12 expected (4 excused left out) = 75 %; week 2 nothing; week 3 only excused: no rate.
        assertThat(line.values()).containsExactly(75.0, null, null);
        assertThat(line.notes().getFirst()).isEqualTo("present 8, late 1, excused 2, absent 3");
        assertThat(Charts.attendanceByModuleAndWeek(rows, false)
                        .series()
                        .getFirst()
                        .name())
                .isEqualTo("Fall 2026 MLDS101");
    }

    @Test
    void deadlinesPerWeekFillTheWeeksBetweenWithZeros() {
        var rows = List.of(
                new ChartQueries.CohortDue("Fall 2025", Instant.parse("2026-11-23T12:00:00Z")),
                new ChartQueries.CohortDue("Fall 2025", Instant.parse("2026-11-27T12:00:00Z")),
                new ChartQueries.CohortDue("Fall 2026", Instant.parse("2026-12-09T12:00:00Z")));
        var figure = Charts.deadlinesPerWeek(rows);
        assertThat(figure.labels()).containsExactly("23 Nov", "30 Nov", "7 Dec");
        assertThat(figure.series()).extracting(ChartFigure.Series::name).containsExactly("Fall 2025", "Fall 2026");
        assertThat(figure.series().get(0).values()).containsExactly(2.0, 0.0, 0.0);
        assertThat(figure.series().get(1).values()).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void learnersByStatusStackEveryStatusPerCohort() {
        var figure = Charts.learnersByStatus(List.of(
                new ChartQueries.CohortStatusCount(1, "Fall 2023", "GRADUATED", 140),
                new ChartQueries.CohortStatusCount(1, "Fall 2023", "WITHDRAWN", 10),
                new ChartQueries.CohortStatusCount(2, "Fall 2024", "ACTIVE", 150)));
        assertThat(figure.kind()).isEqualTo(ChartFigure.Kind.STACKED_BAR);
        assertThat(figure.labels()).containsExactly("Fall 2023", "Fall 2024");
        assertThat(figure.series())
                .extracting(ChartFigure.Series::name)
                .containsExactly("Active", "Interrupted", "Withdrawn", "Graduated");
        assertThat(figure.series().get(3).values()).containsExactly(140.0, 0.0);
        assertThat(figure.series().get(0).values()).containsExactly(0.0, 150.0);
    }
}
