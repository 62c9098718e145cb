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
        assertThat(ProgrammeTime.localTimeNow(ZoneId.of("Asia/Kolkata"), winter))
                .isEqualTo("Wed 20:30 (UTC+05:30)");
        assertThat(ProgrammeTime.localTimeNow(ZoneId.of("Pacific/Auckland"), winter))
                .isEqualTo("Thu 04:00 (UTC+13:00)");
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

    @Test
    void acceptsUtcAndEtcZones() {
        assertThat(ProgrammeTime.parseZone("UTC")).contains(ZoneId.of("UTC"));
        assertThat(ProgrammeTime.parseZone(" utc ")).contains(ZoneId.of("UTC"));
        assertThat(ProgrammeTime.parseZone("Etc/UTC")).contains(ZoneId.of("Etc/UTC"));
        assertThat(ProgrammeTime.parseZone("Etc/GMT-5")).contains(ZoneId.of("Etc/GMT-5"));
        assertThat(ProgrammeTime.zoneProblem("UTC")).isNull();
        assertThat(ProgrammeTime.zoneProblem("Etc/GMT+10")).isNull();
    }

    @Test
    void refusesAbbreviationsNamingARegion() {
        assertThat(ProgrammeTime.parseZone("EST")).isEmpty();
        assertThat(ProgrammeTime.parseZone("CET")).isEmpty();
        assertThat(ProgrammeTime.parseZone("SystemV/EST5")).isEmpty();
        assertThat(ProgrammeTime.zoneProblem("EST"))
                .isEqualTo("\"EST\" is an abbreviation, not a time zone; "
                        + "use a region name such as America/New_York (it follows the clock changes) or UTC.");
        assertThat(ProgrammeTime.zoneProblem("pst")).contains("America/Los_Angeles");
        assertThat(ProgrammeTime.zoneProblem("GMT")).contains("Europe/London");
        assertThat(ProgrammeTime.zoneProblem("XYZT")).contains("abbreviation").contains("Europe/London");
        assertThat(ProgrammeTime.zoneProblem("Mars/Olympus"))
                .isEqualTo("\"Mars/Olympus\" is not a time zone; "
                        + "use a region name such as Europe/London or Asia/Kolkata.");
        assertThat(ProgrammeTime.zoneProblem("")).contains("region name such as Europe/London");
    }
}
