package com.cohortdesk.assessment;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How deadlines are written: always with their zone, e.g. "Fri 6 Nov 2026, 12:00 GMT (Europe/London)". */
public final class DeadlineFormat {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter LONDON_ZONE = DateTimeFormatter.ofPattern("zzz", Locale.UK);

    private DeadlineFormat() {}

    public static String format(Instant instant, ZoneId zone) {
        var local = ZonedDateTime.ofInstant(instant, zone);
        return DAY_TIME.format(local) + " " + offsetName(local) + " (" + zone.getId() + ")";
    }

    /** "GMT" or "BST" in the programme's zone, otherwise the offset: "UTC+05:30", "UTC". */
    static String offsetName(ZonedDateTime local) {
        if (local.getZone().equals(ProgrammeTime.ZONE)) return LONDON_ZONE.format(local);
        return local.getOffset().getTotalSeconds() == 0
                ? "UTC"
                : "UTC" + local.getOffset().getId();
    }
}
