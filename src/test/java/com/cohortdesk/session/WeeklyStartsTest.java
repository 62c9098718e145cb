package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WeeklyStartsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void keepsTheLocalTimeAcrossTheAutumnClockChange() {
        var starts = WeeklyStarts.of(LocalDateTime.of(2026, 10, 20, 18, 0), LONDON, LocalDate.of(2026, 11, 10));
        assertThat(starts)
                .containsExactly(
                        Instant.parse("2026-10-20T17:00:00Z"),
                        Instant.parse("2026-10-27T18:00:00Z"),
                        Instant.parse("2026-11-03T18:00:00Z"),
                        Instant.parse("2026-11-10T18:00:00Z"));
        assertThat(starts)
                .allSatisfy(s -> assertThat(s.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(18, 0)));
    }

    @Test
    void keepsTheLocalTimeInTheZoneItWasPlannedIn() {
        var auckland = ZoneId.of("Pacific/Auckland");
        var starts = WeeklyStarts.of(LocalDateTime.of(2026, 9, 20, 9, 0), auckland, LocalDate.of(2026, 10, 4));
        assertThat(starts)
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.atZone(auckland).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        assertThat(starts.get(0)).isEqualTo(Instant.parse("2026-09-19T21:00:00Z")); // NZST, then NZDT from 27 September
        assertThat(starts.get(1))
                .isEqualTo(Instant.parse("2026-09-26T20:00:00Z")); // the changeover Sunday, after 02:00
        assertThat(starts.get(2)).isEqualTo(Instant.parse("2026-10-03T20:00:00Z"));
    }

    @Test
    void aSingleSessionAndTheLimits() {
        assertThat(WeeklyStarts.of(LocalDateTime.of(2026, 12, 1, 18, 0), LONDON, null))
                .hasSize(1);
        assertThatThrownBy(
                        () -> WeeklyStarts.of(LocalDateTime.of(2026, 12, 1, 18, 0), LONDON, LocalDate.of(2026, 11, 1)))
                .hasMessage("The series ends before its first session.");
        assertThatThrownBy(
                        () -> WeeklyStarts.of(LocalDateTime.of(2026, 12, 1, 18, 0), LONDON, LocalDate.of(2028, 1, 1)))
                .hasMessageContaining("at most 53 sessions");
    }

    @Test
    void meetingLinksMustBeHttps() {
        assertThat(MeetingLinks.isValid("https://meet.example.org/room-1?pwd=x"))
                .isTrue();
        assertThat(MeetingLinks.isValid("http://meet.example.org/room")).isFalse();
        assertThat(MeetingLinks.isValid("javascript:alert(1)")).isFalse();
        assertThat(MeetingLinks.isValid("https://localhost/room")).isFalse();
        assertThat(MeetingLinks.isValid("https://user:pw@meet.example.org/")).isFalse();
        assertThat(MeetingLinks.isValid("https://meet.example.org/a b")).isFalse();
        assertThat(MeetingLinks.isValid("")).isFalse();
    }

    @Test
    void timesReadInTheViewersZoneWithUkTimeBeside() {
        var start = Instant.parse("2026-12-01T18:00:00Z");
        assertThat(SessionTimes.describe(start, LONDON)).isEqualTo("Tue 1 Dec 2026, 18:00 UK");
        assertThat(SessionTimes.describe(start, ZoneId.of("Asia/Kolkata")))
                .isEqualTo("Tue 1 Dec 2026, 23:30 Asia/Kolkata (18:00 UK)");
        assertThat(SessionTimes.describe(start, ZoneId.of("Pacific/Auckland")))
                .isEqualTo("Wed 2 Dec 2026, 07:00 Pacific/Auckland (Tue 1 Dec, 18:00 UK)");
    }
}
