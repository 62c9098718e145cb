package com.cohortdesk.session;

/** What the host records for a learner after (or during) a session. */
public enum AttendanceMark {
    PRESENT("Present"),
    LATE("Late"),
    EXCUSED("Excused"),
    ABSENT("Absent");

    private final String label;

    AttendanceMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
