package com.cohortdesk.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The programme runs on UK time; everything else is shown beside it. */
public final class ProgrammeTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public static final ZoneId UTC = ZoneId.of("UTC");

    /** Common abbreviations people type for a zone, and a region that keeps that zone's clock changes. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("EST", "America/New_York"),
            Map.entry("EDT", "America/New_York"),
            Map.entry("ET", "America/New_York"),
            Map.entry("CST", "America/Chicago"),
            Map.entry("CDT", "America/Chicago"),
            Map.entry("CT", "America/Chicago"),
            Map.entry("MST", "America/Denver"),
            Map.entry("MDT", "America/Denver"),
            Map.entry("MT", "America/Denver"),
            Map.entry("PST", "America/Los_Angeles"),
            Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("PT", "America/Los_Angeles"),
            Map.entry("GMT", "Europe/London"),
            Map.entry("BST", "Europe/London"),
            Map.entry("UK", "Europe/London"),
            Map.entry("CET", "Europe/Paris"),
            Map.entry("CEST", "Europe/Paris"),
            Map.entry("EET", "Europe/Athens"),
            Map.entry("EEST", "Europe/Athens"),
            Map.entry("WET", "Europe/Lisbon"),
            Map.entry("IST", "Asia/Kolkata"),
            Map.entry("JST", "Asia/Tokyo"),
            Map.entry("KST", "Asia/Seoul"),
            Map.entry("HKT", "Asia/Hong_Kong"),
            Map.entry("SGT", "Asia/Singapore"),
            Map.entry("AEST", "Australia/Sydney"),
            Map.entry("AEDT", "Australia/Sydney"),
            Map.entry("NZST", "Pacific/Auckland"),
            Map.entry("NZDT", "Pacific/Auckland"),
            Map.entry("WAT", "Africa/Lagos"),
            Map.entry("EAT", "Africa/Nairobi"),
            Map.entry("SAST", "Africa/Johannesburg"),
            Map.entry("BRT", "America/Sao_Paulo"));

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.UK);

    private ProgrammeTime() {}

    /**
     * Parses an IANA zone id: a region such as {@code Asia/Kolkata}, {@code UTC} (any case) or an {@code Etc/…} zone
     * such as {@code Etc/GMT-5}; empty for anything else (abbreviations such as {@code EST}, offsets, unknown ids).
     */
    public static Optional<ZoneId> parseZone(@Nullable String id) {
        if (id == null || id.isBlank()) return Optional.empty();
        var text = id.strip();
        if (text.equalsIgnoreCase("UTC")) return Optional.of(UTC);
        if (!text.contains("/") || text.startsWith("SystemV/")) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the text is not a time zone {@link #parseZone} accepts, in words that name a region to use instead;
     * null when it is one.
     */
    public static @Nullable String zoneProblem(@Nullable String id) {
        if (parseZone(id).isPresent()) return null;
        var text = id == null ? "" : id.strip();
        if (text.isEmpty()) return "Give a time zone: a region name such as Europe/London or Asia/Kolkata.";
        var region = ABBREVIATIONS.get(text.toUpperCase(Locale.ROOT));
        if (region == null && text.length() <= 5 && text.chars().allMatch(Character::isLetter))
            region = "Europe/London";
        if (region != null) {
            return "\"" + text + "\" is an abbreviation, not a time zone; use a region name such as " + region
                    + " (it follows the clock changes) or UTC.";
        }
        return "\"" + text + "\" is not a time zone; use a region name such as Europe/London or Asia/Kolkata.";
    }

    /** "Tue 21:30 (UTC+05:30)": the local time now in a zone, for showing next to it. */
    public static String localTimeNow(ZoneId zone, Clock clock) {
        var now = ZonedDateTime.now(clock.withZone(zone));
        return LOCAL_TIME.format(now) + " (UTC"
                + (now.getOffset().getTotalSeconds() == 0 ? "" : now.getOffset().getId()) + ")";
    }
}
