package com.cohortdesk.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times in a notice: in the recipient's zone, with UK time beside it (British English, 24-hour clock). */
public final class NoticeTimes {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private NoticeTimes() {}

    /** "Tuesday 3 March 2026, 09:00 Pacific/Auckland time (Monday 2 March, 20:00 UK time)"; UK recipients get UK time only. */
    public static String format(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        var uk = instant.atZone(UK);
        if (zone.normalized().equals(UK.normalized()) || zone.getId().equals(UK.getId())) {
            return DAY.format(uk) + ", " + TIME.format(uk) + " UK time";
        }
        var sameDay = local.toLocalDate().equals(uk.toLocalDate());
        return DAY.format(local) + ", " + TIME.format(local) + " " + zone.getId() + " time ("
                + (sameDay ? "" : SHORT_DAY.format(uk) + ", ") + TIME.format(uk) + " UK time)";
    }
}
