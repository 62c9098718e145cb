package com.cohortdesk.calendar;

import java.time.Instant;
import java.util.List;

/** A whole feed: its name (X-WR-CALNAME), when its content last changed (DTSTAMP) and its events. */
public record FeedCalendar(String name, Instant stamp, List<FeedEvent> events) {}
