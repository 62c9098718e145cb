package com.cohortdesk.session;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a session's time reads: in the viewer's zone, with UK time (Europe/London) beside it. */
public final class SessionTimes {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME_SHORT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private SessionTimes() {}

    /** "Wed 2 Dec 2026, 18:00 UK", or "Wed 2 Dec 2026, 23:30 Asia/Kolkata (18:00 UK)" for a viewer elsewhere. */
    public static String describe(Instant start, ZoneId viewer) {
        var uk = start.atZone(ProgrammeTime.ZONE);
        var local = start.atZone(viewer);
        if (local.toLocalDateTime().equals(uk.toLocalDateTime())) return DAY_TIME.format(uk) + " UK";
        var ukPart = local.toLocalDate().equals(uk.toLocalDate()) ? TIME.format(uk) : DAY_TIME_SHORT.format(uk);
        return DAY_TIME.format(local) + " " + viewer.getId() + " (" + ukPart + " UK)";
    }

    /** "Wed 2 Dec 2026, 18:00" in UK time, for messages and exports. */
    public static String uk(Instant start) {
        return DAY_TIME.format(start.atZone(ProgrammeTime.ZONE)) + " UK";
    }

    /** "Wed 23:30" in a learner's zone. */
    public static String local(Instant start, ZoneId zone) {
        return DateTimeFormatter.ofPattern("EEE HH:mm", Locale.UK).format(start.atZone(zone));
    }
}
