package com.cohortdesk.notice;

import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices other features (and pages) ask for directly: a personal link to a learner, and a learner's choice
 * about reminders (the learner page shows and resets it; the unsubscribe link turns it off).
 */
@Service
public class NoticeService {

    private final NoticeWriter writer;
    private final NoticePreferences preferences;

    NoticeService(NoticeWriter writer, NoticePreferences preferences) {
        this.writer = writer;
        this.preferences = preferences;
    }

    /** Queues a notice with a learner's personal link (sent once, like every notice); returns the notice's id. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public long queuePersonalLink(long learnerId, String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) throw new RuleViolation("A personal link is an http(s) address.");
        var recipient = writer.learners(java.util.List.of(learnerId)).stream().findFirst()
                .orElseThrow(() -> new RuleViolation("There is no learner with id " + learnerId + "."));
        var notice = writer.queue(NoticeKind.PERSONAL_LINK, recipient, NoticeComposer.personalLink(recipient.name(), url), "LEARNER",
                learnerId, null, null, null);
        return java.util.Objects.requireNonNull(notice.getId());
    }

    /** Whether the learner receives reminders (change notices are always sent). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public boolean remindersOn(long learnerId) {
        requireLearner(learnerId);
        return preferences.remindersOn(learnerId);
    }

    /** Turns the learner's reminders on or off (audited through the preference entity). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setReminders(long learnerId, boolean on) {
        requireLearner(learnerId);
        preferences.setReminders(learnerId, on);
    }

    private void requireLearner(long learnerId) {
        if (writer.learners(java.util.List.of(learnerId)).isEmpty()) {
            throw new RuleViolation("There is no learner with id " + learnerId + ".");
        }
    }
}
