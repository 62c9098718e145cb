package com.cohortdesk.notice;

/** What a notice is about. Reminders and digests may be unsubscribed from; change notices never. */
public enum NoticeKind {
    OCCURRENCE_MOVED("Session moved", false),
    OCCURRENCE_CANCELLED("Session cancelled", false),
    MEETING_LINK_CHANGED("Meeting link changed", false),
    BOOKING_CONFIRMED("Place confirmed", false),
    WAITING_LIST("On the waiting list", false),
    PROMOTED("Promoted from the waiting list", false),
    BOOKING_CANCELLED("Booking cancelled", false),
    EXTENSION_GRANTED("Extension granted", false),
    LEARNER_DEFERRED("Studies interrupted", false),
    LEARNER_WITHDRAWN("Withdrawn", false),
    DEADLINE_REMINDER("Deadline reminder", true),
    SESSION_REMINDER("Session reminder", true),
    FACULTY_DIGEST("Weekly digest", true),
    PERSONAL_LINK("Personal link", false);

    private final String label;
    private final boolean optional;

    NoticeKind(String label, boolean optional) {
        this.label = label;
        this.optional = optional;
    }

    public String label() {
        return label;
    }

    /** Reminders and digests: sent with List-Unsubscribe headers, suppressed for whoever opted out. */
    public boolean optional() {
        return optional;
    }

    /** Rendered when sent (reminders and digests are planned ahead as rows without a body). */
    public boolean renderedAtDispatch() {
        return this == DEADLINE_REMINDER || this == SESSION_REMINDER || this == FACULTY_DIGEST;
    }
}
