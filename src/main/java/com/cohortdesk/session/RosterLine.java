package com.cohortdesk.session;

import org.jspecify.annotations.Nullable;

/**
 * One learner on an occurrence's roster: expected (enrolled in the offering) and/or booked, with the
 * attendance mark; {@code attendanceVersion} is -1 while nothing is marked.
 */
public record RosterLine(long learnerId, String fullName, String email, String timeZone, boolean expected,
        @Nullable BookingStatus booking, int waitingPosition, @Nullable AttendanceMark mark, @Nullable String note,
        long attendanceVersion) {

    public String bookingLabel() {
        if (booking == null) return "";
        return booking == BookingStatus.WAITING ? "Waiting #" + waitingPosition : booking.label();
    }
}
