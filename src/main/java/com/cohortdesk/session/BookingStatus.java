package com.cohortdesk.session;

/** A learner's booking of a capacity-limited session. */
public enum BookingStatus {
    BOOKED("Booked"),
    WAITING("Waiting"),
    CANCELLED("Cancelled");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
