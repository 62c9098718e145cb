package com.cohortdesk.session;

import org.jspecify.annotations.Nullable;

/**
 * One learner on an occurrence's roster: expected (enrolled in the offering) and/or booked, with the
 * attendance mark; {@code attendanceVersion} is -1 while nothing is marked. {@code bookedBy} is who made the
 * booking: a member of staff's username, or the learner through their personal link.
 */
public record RosterLine(
        long learnerId,
        String fullName,
        String email,
        String timeZone,
        boolean expected,
        @Nullable BookingStatus booking,
        int waitingPosition,
        @Nullable AttendanceMark mark,
        @Nullable String note,
        long attendanceVersion,
        @Nullable String bookedBy) {

    /** "by the learner (personal link)" or "by admin", or empty. */
    public String bookedByLabel() {
        if (booking == null || bookedBy == null || bookedBy.isBlank()) return "";
        return bookedBy.endsWith("via personal link") ? "by the learner (personal link)" : "by " + bookedBy;
    }

    public String bookingLabel() {
        if (booking == null) return "";
        return booking == BookingStatus.WAITING ? "Waiting #" + waitingPosition : booking.label();
    }
}
