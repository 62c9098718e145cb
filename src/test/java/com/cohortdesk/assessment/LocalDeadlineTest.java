package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Wall-clock deadlines around the UK clock changes of 2026 and in zones with unusual offsets. */
class LocalDeadlineTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Instant convert(String local, String zone) {
        return LocalDeadline.toInstant(LocalDateTime.parse(local), ZoneId.of(zone))
                .require();
    }

    @Test
    void beforeAndAfterTheSpringChangeInLondon() {
        assertThat(convert("2026-03-29T00:59", "Europe/London")).isEqualTo(Instant.parse("2026-03-29T00:59:00Z"));
        assertThat(convert("2026-03-29T02:00", "Europe/London")).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(convert("2026-03-28T12:00", "Europe/London")).isEqualTo(Instant.parse("2026-03-28T12:00:00Z"));
        assertThat(convert("2026-03-30T12:00", "Europe/London")).isEqualTo(Instant.parse("2026-03-30T11:00:00Z"));
    }

    @Test
    void aTimeInTheSpringGapIsRefusedWithTheReasonNotShifted() {
        var conversion = LocalDeadline.toInstant(LocalDateTime.parse("2026-03-29T01:30"), LONDON);
        assertThat(conversion.ok()).isFalse();
        assertThat(conversion.instant()).isNull();
        assertThat(conversion.problem())
                .isEqualTo("29 Mar 2026 01:30 does not exist in Europe/London: the clocks go forward "
                        + "from 01:00 to 02:00 that night. Choose a time before 01:00 or from 02:00.");
        assertThatThrownBy(conversion::require)
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("does not exist");
        assertThat(LocalDeadline.toInstant(LocalDateTime.parse("2026-03-29T01:00"), LONDON)
                        .ok())
                .isFalse();
    }

    @Test
    void aTimeInTheAutumnOverlapIsRefusedNamingBothInstants() {
        var conversion = LocalDeadline.toInstant(LocalDateTime.parse("2026-10-25T01:30"), LONDON);
        assertThat(conversion.ok()).isFalse();
        assertThat(conversion.problem())
                .isEqualTo(
                        "25 Oct 2026 01:30 happens twice in Europe/London: the clocks go back from "
                                + "02:00 to 01:00 that night. Choose another time, or enter it in UTC (00:30 UTC for the first, 01:30 UTC for the second).");
        assertThat(convert("2026-10-25T00:30", "UTC")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void aroundTheAutumnChange() {
        assertThat(convert("2026-10-25T00:59", "Europe/London")).isEqualTo(Instant.parse("2026-10-24T23:59:00Z"));
        assertThat(convert("2026-10-25T02:00", "Europe/London")).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(convert("2026-10-23T12:00", "Europe/London")).isEqualTo(Instant.parse("2026-10-23T11:00:00Z"));
        assertThat(convert("2026-10-30T12:00", "Europe/London")).isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
    }

    @Test
    void enteredInOtherZones() {
        assertThat(convert("2026-10-30T17:30", "Asia/Kolkata")).isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
        assertThat(convert("2026-10-30T08:30", "America/St_Johns")).isEqualTo(Instant.parse("2026-10-30T11:00:00Z"));
        assertThat(convert("2026-10-31T01:00", "Pacific/Auckland")).isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
        assertThat(convert("2026-10-31T02:00", "Pacific/Kiritimati")).isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
        assertThat(convert("2026-10-30T01:00", "Pacific/Pago_Pago")).isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
        // New York changes a week after London: on 30 October 2026 it is still on daylight time (UTC-4).
        assertThat(convert("2026-10-30T08:00", "America/New_York")).isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
    }

    @Test
    void gapsInOtherZones() {
        // Auckland goes forward on 27 September 2026 at 02:00; St John's on 8 March 2026 at 02:00.
        assertThat(LocalDeadline.toInstant(LocalDateTime.parse("2026-09-27T02:30"), ZoneId.of("Pacific/Auckland"))
                        .problem())
                .contains("does not exist in Pacific/Auckland")
                .contains("from 02:00 to 03:00");
        assertThat(LocalDeadline.toInstant(LocalDateTime.parse("2026-03-08T02:15"), ZoneId.of("America/St_Johns"))
                        .problem())
                .contains("does not exist in America/St_Johns");
        assertThat(LocalDeadline.toInstant(LocalDateTime.parse("2026-04-05T02:30"), ZoneId.of("Pacific/Auckland"))
                        .problem())
                .contains("happens twice in Pacific/Auckland");
        // Zones without daylight saving have no gaps.
        assertThat(LocalDeadline.toInstant(LocalDateTime.parse("2026-03-29T01:30"), ZoneId.of("Asia/Kolkata"))
                        .ok())
                .isTrue();
    }
}
