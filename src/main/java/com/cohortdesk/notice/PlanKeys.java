package com.cohortdesk.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The unique keys of planned notices: (kind, subject, recipient, the time planned for, offset). A deadline
 * or session that moves gets new keys (and its old reminders are suppressed when due), while planning the
 * same thing again, on any node, finds the key taken.
 */
public final class PlanKeys {

    private PlanKeys() {}

    public static String deadline(long assessmentId, long learnerId, Instant due, Duration offset) {
        return "deadline:" + assessmentId + ":" + learnerId + ":" + due.getEpochSecond() + ":" + offset.toMinutes();
    }

    public static String session(long occurrenceId, long learnerId, Instant start, Duration offset) {
        return "session:" + occurrenceId + ":" + learnerId + ":" + start.getEpochSecond() + ":" + offset.toMinutes();
    }

    public static String digest(long staffId, LocalDate monday) {
        return "digest:" + staffId + ":" + monday;
    }

    /** The parts of a key: [kind, subject id, recipient id, epoch second or date, offset minutes]. */
    static String[] parts(String key) {
        return key.split(":");
    }
}
