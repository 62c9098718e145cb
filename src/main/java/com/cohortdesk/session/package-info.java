/**
 * Live sessions (office hours, webinars, Q&A): weekly series with their occurrences, rosters, bookings
 * with a waiting list, attendance, conflict checks, and the time-zone planner. Rules are plain code
 * ({@link com.cohortdesk.session.BookingList}, {@link com.cohortdesk.session.Conflicts},
 * {@link com.cohortdesk.session.TimeZonePlanner}); {@link com.cohortdesk.session.SessionSchedulingService},
 * {@link com.cohortdesk.session.SessionRosterService} and {@link com.cohortdesk.session.SessionPlannerService} own
 * transactions and authorization.
 */
@NullMarked
package com.cohortdesk.session;

import org.jspecify.annotations.NullMarked;
