package com.cohortdesk.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link FeedCalendar} as RFC 5545 text with ical4j: TZID times with the matching VTIMEZONE
 * from ical4j's zone registry (UTC for a zone it does not know), text escaped by ical4j, lines ending in
 * CRLF and folded at 75 octets without splitting a UTF-8 character ({@link #fold}).
 */
public final class IcsWriter {

    static final String PRODUCT = "-//Cohort Desk//Calendar feeds 1.0//EN";
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final int UNFOLDED = 100_000;

    private IcsWriter() {}

    /** The feed as an ical4j calendar (tests validate it). */
    public static Calendar calendar(FeedCalendar feed) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", feed.name()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofHours(1)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        var events = feed.events().stream().map(e -> event(e, feed, zones)).toList();
        zones.values().forEach(calendar::add);
        events.forEach(calendar::add);
        return calendar;
    }

    /** The feed as text: CRLF line ends, folded at 75 octets. */
    public static String write(FeedCalendar feed) {
        var out = new StringWriter();
        try {
            new CalendarOutputter(false, UNFOLDED).output(calendar(feed), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(out.toString());
    }

    private static VEvent event(FeedEvent e, FeedCalendar feed, Map<String, VTimeZone> zones) {
        var event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new DtStamp(feed.stamp()));
        var zone = known(e.zone());
        if (zone == null) {
            event.add(new DtStart<>(e.start()));
            if (!e.isDeadline()) event.add(new DtEnd<>(e.end()));
        } else {
            zones.computeIfAbsent(zone.getId(), id -> ZONES.getTimeZone(id).getVTimeZone());
            event.add(new DtStart<>(e.start().atZone(zone)));
            if (!e.isDeadline()) event.add(new DtEnd<>(e.end().atZone(zone)));
        }
        event.add(new Sequence(e.sequence()));
        event.add(new Summary(e.summary()));
        event.add(new Description(e.description()));
        if (e.url() != null) event.add(new Url(URI.create(e.url())));
        if (e.location() != null) event.add(new Location(e.location()));
        event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (e.alarmBefore() != null && !e.cancelled()) {
            // an absolute time: ical4j writes a relative 24 h as "-P1D", a nominal day (23 or 25 h across a clock
            // change)
            var alarm = new VAlarm();
            alarm.add(new Trigger(e.start().minus(e.alarmBefore())));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description("Due in " + e.alarmBefore().toHours() + " hours: " + e.summary()));
            event.add(alarm);
        }
        return event;
    }

    /** The zone as ical4j knows it, or none for UTC and zones it has no definition of (their times are written in UTC). */
    static @Nullable ZoneId known(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset) return null;
        try {
            return ZONES.getTimeZone(zone.getId()) == null ? null : zone;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Folds every line longer than 75 octets (RFC 5545 3.1): a CRLF and one space before each further
     * part, splitting only between UTF-8 characters. Input lines end in CRLF (or LF).
     */
    static String fold(String text) {
        var out = new StringBuilder(text.length() + text.length() / 60);
        for (var line : text.split("\r?\n", -1)) {
            if (line.isEmpty()) continue;
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
