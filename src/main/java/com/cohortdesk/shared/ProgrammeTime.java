package com.cohortdesk.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The programme runs on UK time; everything else is shown beside it. */
public final class ProgrammeTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.UK);

    private ProgrammeTime() {
    }

    /** Parses an IANA zone id such as {@code Asia/Kolkata}; empty when it is not a known region id. */
    public static Optional<ZoneId> parseZone(String id) {
        if (id == null || id.isBlank() || !id.contains("/")) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "Tue 21:30 (UTC+05:30)": the local time now in a zone, for showing next to it. */
    public static String localTimeNow(ZoneId zone, Clock clock) {
        var now = ZonedDateTime.now(clock.withZone(zone));
        return LOCAL_TIME.format(now) + " (UTC" + (now.getOffset().getTotalSeconds() == 0 ? "" : now.getOffset().getId()) + ")";
    }
}
