package com.cohortdesk.notice;

import com.cohortdesk.assessment.ExtensionGranted;
import com.cohortdesk.session.SessionNoticeEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What each kind of notice says, in plain British English, every time in the recipient's zone with UK time beside it. */
public final class NoticeComposer {

    private NoticeComposer() {}

    static String greeting(String name) {
        return "Dear " + name + ",";
    }

    public static NoticeContent session(SessionNoticeEvent e, String name, ZoneId zone, int waitingPosition) {
        var when = NoticeTimes.format(e.startsAt(), zone);
        var what = e.type().label().toLowerCase(Locale.UK) + " \u201c" + e.title() + "\u201d";
        var p = new ArrayList<String>();
        String subject;
        switch (e.kind()) {
            case MOVED -> {
                subject = "Moved: " + e.title();
                p.add("The " + what + " (" + e.forWhom() + ") has moved.");
                if (e.previousStart() != null) p.add("It was: " + NoticeTimes.format(e.previousStart(), zone) + ".");
                p.add("It is now: " + when + ".");
                if (e.note() != null) p.add("Reason: " + e.note());
            }
            case CANCELLED -> {
                subject = "Cancelled: " + e.title() + ", " + NoticeTimes.format(e.startsAt(), zone);
                p.add("The " + what + " (" + e.forWhom() + ") on " + when + " has been cancelled.");
                if (e.note() != null) p.add("Reason: " + e.note());
            }
            case LINK_CHANGED -> {
                subject = "New meeting link: " + e.title();
                p.add("The " + what + " (" + e.forWhom() + ") has a new meeting link. The next session is on " + when
                        + ".");
            }
            case BOOKED -> {
                subject = "Place confirmed: " + e.title();
                p.add("You have a place at the " + what + " (" + e.forWhom() + ") on " + when + ".");
            }
            case WAITING -> {
                subject = "Waiting list: " + e.title();
                p.add("The " + what + " (" + e.forWhom() + ") on " + when + " is full. You are number "
                        + waitingPosition + " on the waiting list; we will write again if a place becomes free.");
            }
            case PROMOTED -> {
                subject = "A place is free for you: " + e.title();
                p.add("A place became free and you have moved up from the waiting list: you now have a place at the "
                        + what + " (" + e.forWhom() + ") on " + when + ".");
            }
            case BOOKING_CANCELLED -> {
                subject = "Booking cancelled: " + e.title();
                p.add("The programme office has cancelled your booking for the " + what + " (" + e.forWhom() + ") on "
                        + when + ".");
                p.add("If this is unexpected, please reply to this message.");
            }
            default -> throw new IllegalStateException("unknown kind " + e.kind());
        }
        if (e.kind() != SessionNoticeEvent.Kind.CANCELLED && e.kind() != SessionNoticeEvent.Kind.BOOKING_CANCELLED) {
            p.add("Host: " + e.hostName() + ".");
            p.add("Join with: " + e.meetingLink());
        }
        if (e.kind() != SessionNoticeEvent.Kind.BOOKING_CANCELLED && e.kind() != SessionNoticeEvent.Kind.WAITING) {
            p.add("The attached invitation updates the entry in your calendar.");
        }
        return NoticeContent.of(subject, greeting(name), p);
    }

    public static NoticeContent extension(ExtensionGranted e, String name, ZoneId zone) {
        var p = new ArrayList<String>();
        p.add("You have been granted an extension for \u201c" + e.title() + "\u201d (" + e.moduleCode() + " "
                + e.moduleTitle() + ").");
        p.add("Your new deadline: " + NoticeTimes.format(e.newDue(), zone) + ".");
        if (e.newCutOff() != null)
            p.add("Late submissions are accepted until " + NoticeTimes.format(e.newCutOff(), zone) + ".");
        p.add("The original deadline was " + NoticeTimes.format(e.originalDue(), zone) + ".");
        p.add("Reason: " + e.reason());
        return NoticeContent.of("Extension granted: " + e.title() + " (" + e.moduleCode() + ")", greeting(name), p);
    }

    public static NoticeContent statusChange(boolean withdrawn, String name, String reason, String cohortName) {
        var p = new ArrayList<String>();
        if (withdrawn) {
            p.add(
                    "We have recorded your withdrawal from the programme. Your places in modules have been released and you "
                            + "will receive no further reminders.");
        } else {
            p.add("We have recorded an interruption of your studies: you will continue with " + cohortName
                    + ". Your places in " + "the current modules have been released.");
        }
        p.add("Reason recorded: " + reason);
        p.add("If anything here is wrong, please reply to this message.");
        return NoticeContent.of(
                withdrawn ? "Your withdrawal from the programme" : "Your studies are interrupted", greeting(name), p);
    }

    public static NoticeContent deadlineReminder(
            String name,
            ZoneId zone,
            String title,
            String module,
            Instant due,
            @Nullable Instant cutOff,
            boolean extended,
            long hoursBefore) {
        var p = new ArrayList<String>();
        p.add("A reminder: \u201c" + title + "\u201d (" + module + ") is due in " + hoursBefore + " hours.");
        p.add((extended ? "Your extended deadline: " : "Deadline: ") + NoticeTimes.format(due, zone) + ".");
        if (cutOff != null) p.add("Late submissions are accepted until " + NoticeTimes.format(cutOff, zone) + ".");
        return NoticeContent.of("Due in " + hoursBefore + " hours: " + title + " (" + module + ")", greeting(name), p);
    }

    public static NoticeContent sessionReminder(
            String name,
            ZoneId zone,
            String title,
            String typeLabel,
            String forWhom,
            Instant start,
            String link,
            String offsetText) {
        var p = new ArrayList<String>();
        p.add("A reminder: you have a place at the " + typeLabel.toLowerCase(Locale.UK) + " \u201c" + title + "\u201d ("
                + forWhom + "), starting in " + offsetText + ".");
        p.add("When: " + NoticeTimes.format(start, zone) + ".");
        p.add("Join with: " + link);
        return NoticeContent.of("Starting in " + offsetText + ": " + title, greeting(name), p);
    }

    public static NoticeContent personalLink(String name, String url) {
        return new NoticeContent(
                "Your personal link to Cohort Desk",
                greeting(name),
                List.of("Here is your personal link. Keep it to yourself: anyone holding it sees your page."),
                List.of(),
                "Open your page",
                url,
                null);
    }

    static String hoursText(Duration d) {
        if (d.toMinutes() % 60 != 0) return d.toMinutes() + " minutes";
        long h = d.toHours();
        return h == 1 ? "1 hour" : h + " hours";
    }
}
