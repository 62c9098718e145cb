package com.cohortdesk.calendar;

/**
 * The UIDs the calendar feeds give occurrences and deadlines (stable for their life), so that other
 * features' iCalendar attachments (notices) update the same entry in a learner's calendar.
 */
public final class CalendarUids {

    private CalendarUids() {}

    public static String occurrence(long occurrenceId) {
        return "occurrence-" + occurrenceId + "@cohortdesk";
    }

    public static String deadline(long assessmentId) {
        return "deadline-" + assessmentId + "@cohortdesk";
    }
}
