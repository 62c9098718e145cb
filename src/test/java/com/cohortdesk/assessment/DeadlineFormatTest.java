package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** One deadline as learners around the world see it: the date line moves it by a day. */
class DeadlineFormatTest {

    static String at(String instant, String zone) {
        return DeadlineFormat.format(Instant.parse(instant), ZoneId.of(zone));
    }

    @Test
    void aFridayNoonDeadlineInWinterTime() {
        var due = "2026-11-06T12:00:00Z";
        assertThat(at(due, "Europe/London")).isEqualTo("Fri 6 Nov 2026, 12:00 GMT (Europe/London)");
        assertThat(at(due, "Asia/Kolkata")).isEqualTo("Fri 6 Nov 2026, 17:30 UTC+05:30 (Asia/Kolkata)");
        assertThat(at(due, "America/St_Johns")).isEqualTo("Fri 6 Nov 2026, 08:30 UTC-03:30 (America/St_Johns)");
        assertThat(at(due, "Pacific/Auckland")).isEqualTo("Sat 7 Nov 2026, 01:00 UTC+13:00 (Pacific/Auckland)");
        assertThat(at(due, "Pacific/Kiritimati")).isEqualTo("Sat 7 Nov 2026, 02:00 UTC+14:00 (Pacific/Kiritimati)");
        assertThat(at(due, "Pacific/Pago_Pago")).isEqualTo("Fri 6 Nov 2026, 01:00 UTC-11:00 (Pacific/Pago_Pago)");
        assertThat(at(due, "UTC")).isEqualTo("Fri 6 Nov 2026, 12:00 UTC (UTC)");
    }

    @Test
    void summerTimeIsNamed() {
        assertThat(at("2026-10-23T11:00:00Z", "Europe/London")).isEqualTo("Fri 23 Oct 2026, 12:00 BST (Europe/London)");
        assertThat(at("2026-03-29T00:59:00Z", "Europe/London")).isEqualTo("Sun 29 Mar 2026, 00:59 GMT (Europe/London)");
        assertThat(at("2026-03-29T01:00:00Z", "Europe/London")).isEqualTo("Sun 29 Mar 2026, 02:00 BST (Europe/London)");
    }

    @Test
    void justBeforeMidnightInLondonIsTheNextDayFarEastAndTheSameDayFarWest() {
        var due = "2026-10-30T23:59:00Z"; // 23:59 GMT on Friday
        assertThat(at(due, "Pacific/Kiritimati")).startsWith("Sat 31 Oct 2026, 13:59");
        assertThat(at(due, "Pacific/Pago_Pago")).startsWith("Fri 30 Oct 2026, 12:59");
        assertThat(at(due, "Asia/Kolkata")).startsWith("Sat 31 Oct 2026, 05:29");
    }
}
