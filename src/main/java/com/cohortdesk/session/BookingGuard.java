package com.cohortdesk.session;

import com.cohortdesk.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;

/** Booking and cancelling close a guard time before the start ({@code cohortdesk.sessions.booking-guard}, e.g. 2h). */
public record BookingGuard(Duration guard) {

    public BookingGuard {
        if (guard.isNegative()) throw new IllegalStateException("The booking guard must not be negative.");
    }

    public boolean isOpen(Instant start, Instant now) {
        return now.isBefore(start.minus(guard));
    }

    /** Refuses with a message when booking has closed. */
    public void check(Instant start, Instant now) {
        if (!isOpen(start, now)) {
            throw new RuleViolation("Booking and cancelling close " + describe(guard) + " before the start.");
        }
    }

    static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) return minutes / 60 + (minutes == 60 ? " hour" : " hours");
        return minutes + " minutes";
    }
}
