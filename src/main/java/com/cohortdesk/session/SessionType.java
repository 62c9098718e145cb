package com.cohortdesk.session;

/** The kinds of live session. */
public enum SessionType {
    OFFICE_HOUR("Office hour"),
    WEBINAR("Webinar"),
    QA("Q&A");

    private final String label;

    SessionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
