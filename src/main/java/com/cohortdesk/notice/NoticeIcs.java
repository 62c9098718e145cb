package com.cohortdesk.notice;

import com.cohortdesk.calendar.CalendarUids;
import com.cohortdesk.session.SessionNoticeEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iTIP attachment of a session change notice (RFC 5546): {@code METHOD:REQUEST} for a booked, moved or
 * changed occurrence and {@code METHOD:CANCEL} for a cancelled one, under the calendar feed's UID and
 * SEQUENCE, with the time in the zone the session was planned in and that zone's VTIMEZONE.
 */
public final class NoticeIcs {

    static final String PRODUCT = "-//Cohort Desk//Notices 1.0//EN";
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private NoticeIcs() {}

    public static String write(SessionNoticeEvent e, String organizerEmail, String attendeeEmail, Instant stamp) {
        var cancel = e.cancelled();
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        var event = new VEvent(false);
        event.add(new Uid(CalendarUids.occurrence(e.occurrenceId())));
        event.add(new DtStamp(stamp));
        var zone = known(e.plannedZone());
        if (zone == null) {
            event.add(new DtStart<>(e.startsAt()));
            event.add(new DtEnd<>(e.endsAt()));
        } else {
            calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
            event.add(new DtStart<>(e.startsAt().atZone(zone)));
            event.add(new DtEnd<>(e.endsAt().atZone(zone)));
        }
        event.add(new Sequence(Math.toIntExact(e.sequence())));
        event.add(new Summary((cancel ? "Cancelled: " : "") + e.title()));
        event.add(new Description(
                e.type().label() + " · " + e.forWhom() + "\nHost: " + e.hostName() + "\nJoin: " + e.meetingLink()));
        event.add(new Location(e.meetingLink()));
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        event.add(new Attendee(URI.create("mailto:" + attendeeEmail)));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        calendar.add(event);
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static @org.jspecify.annotations.Nullable ZoneId known(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset) return null;
        try {
            return ZONES.getTimeZone(zone.getId()) == null ? null : zone;
        } catch (RuntimeException ex) {
            return null;
        }
    }
}
