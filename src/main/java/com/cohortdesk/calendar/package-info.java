/**
 * Calendars (issue 12): subscribable iCalendar feeds of sessions and deadlines for a learner, a cohort
 * or a member of staff, at a secret address {@code /ical/{token}.ics}.
 * <p>
 * Links: {@link com.cohortdesk.calendar.CalendarFeedService} (administrators for learners and cohorts,
 * every member of staff for their own feed) issues, rotates and revokes them; the token (256 random bits,
 * URL-safe base64) is shown once and stored only as its SHA-256 ({@link com.cohortdesk.calendar.FeedTokens}).
 * Rotations and revocations are entity changes, so the audit trail records them; feed reads only update
 * "last fetched at" and the client's User-Agent with a plain update (not audited).
 * <p>
 * Serving a feed ({@code FeedController}, Spring MVC outside Vaadin, its own stateless security chain):
 * the token is hashed and looked up by hash (unknown and revoked tokens take the same path and answer
 * 404); the subject's version stamp ({@code FeedStamps}: one SQL aggregate of counts, id sums and
 * {@code @Version} sums of every row the feed shows, so inserts, edits and deletes all change it) gives
 * the ETag, and its first appearance gives Last-Modified and DTSTAMP, so 304 needs no calendar. Only then
 * is the content read, through the owning features' services, as the system actor {@code calendar-feed}
 * with the administrator role (the feed has no signed-in user; the actor exists only inside
 * {@code FeedReader} for the one subject the verified token names, and reads only).
 * {@link com.cohortdesk.calendar.IcsWriter} turns the events into RFC 5545 text with ical4j.
 */
@NullMarked
package com.cohortdesk.calendar;

import org.jspecify.annotations.NullMarked;
