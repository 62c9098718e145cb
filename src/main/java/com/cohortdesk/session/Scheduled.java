package com.cohortdesk.session;

/** The outcome of scheduling: the series and its first occurrence. */
public record Scheduled(long sessionId, long firstOccurrenceId, int occurrences) {}
