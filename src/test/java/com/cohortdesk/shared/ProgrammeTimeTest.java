package com.cohortdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgrammeTimeTest {

    private final Clock winter = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
    private final Clock summer = Clock.fixed(Instant.parse("2026-07-01T15:00:00Z"), ZoneOffset.UTC);

    @Test
    void showsLocalTimeWithOffsetIncludingHalfHoursAndDaylightSaving() {
        assertThat(ProgrammeTime.localTimeNow(ZoneId.of("Asia/Kolkata"), winter)).isEqualTo("Wed 20:30 (UTC+05:30)");
        assertThat(ProgrammeTime.localTimeNow(ZoneId.of("Pacific/Auckland"), winter)).isEqualTo("Thu 04:00 (UTC+13:00)");
        assertThat(ProgrammeTime.localTimeNow(ProgrammeTime.ZONE, winter)).isEqualTo("Wed 15:00 (UTC)");
        assertThat(ProgrammeTime.localTimeNow(ProgrammeTime.ZONE, summer)).isEqualTo("Wed 16:00 (UTC+01:00)");
    }

    @Test
    void parsesOnlyRegionZoneIds() {
        assertThat(ProgrammeTime.parseZone("America/St_Johns")).contains(ZoneId.of("America/St_Johns"));
        assertThat(ProgrammeTime.parseZone("Mars/Olympus")).isEmpty();
        assertThat(ProgrammeTime.parseZone("+05:00")).isEmpty();
        assertThat(ProgrammeTime.parseZone(" ")).isEmpty();
    }
}
