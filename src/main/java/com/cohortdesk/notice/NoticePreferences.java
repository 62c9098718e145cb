package com.cohortdesk.notice;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Reads and changes who wants reminders and digests (entities, so every change reaches the audit trail). */
@Component
class NoticePreferences {

    private final LearnerPreferenceRepository learners;
    private final StaffPreferenceRepository staff;
    private final Clock clock;

    NoticePreferences(LearnerPreferenceRepository learners, StaffPreferenceRepository staff, Clock clock) {
        this.learners = learners;
        this.staff = staff;
        this.clock = clock;
    }

    boolean remindersOn(long learnerId) {
        return learners.findById(learnerId)
                .map(LearnerNoticePreference::isReminders)
                .orElse(true);
    }

    void setReminders(long learnerId, boolean on) {
        var existing = learners.findById(learnerId);
        if (existing.isPresent()) {
            if (existing.get().isReminders() != on) existing.get().set(on, clock.instant());
        } else {
            learners.save(new LearnerNoticePreference(learnerId, on, clock.instant()));
        }
    }

    boolean digestOn(long staffId) {
        return staff.findById(staffId).map(StaffNoticePreference::isDigest).orElse(true);
    }

    void setDigest(long staffId, boolean on) {
        var existing = staff.findById(staffId);
        if (existing.isPresent()) existing.get().set(existing.get().getTimeZone(), on);
        else staff.save(new StaffNoticePreference(staffId, "Europe/London", on));
    }

    void setStaffZone(long staffId, String zone) {
        var existing = staff.findById(staffId);
        if (existing.isPresent()) existing.get().set(zone, existing.get().isDigest());
        else staff.save(new StaffNoticePreference(staffId, zone, true));
    }

    /** Whether the recipient of a reminder or digest still wants it. */
    boolean wants(Notice n) {
        if (n.getLearnerId() != null) return remindersOn(n.getLearnerId());
        return n.getStaffId() == null || digestOn(n.getStaffId());
    }
}
