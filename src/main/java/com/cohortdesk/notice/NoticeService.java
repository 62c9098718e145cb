package com.cohortdesk.notice;

import com.cohortdesk.audit.AuditChange;
import com.cohortdesk.audit.AuditWriter;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.LearnerLinkPrincipal;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
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
    private final CurrentUser currentUser;
    private final AuditWriter audit;

    NoticeService(NoticeWriter writer, NoticePreferences preferences, CurrentUser currentUser, AuditWriter audit) {
        this.audit = audit;
        this.writer = writer;
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    /** Queues a notice with a learner's personal link (sent once, like every notice); returns the notice's id. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public long queuePersonalLink(long learnerId, String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://"))
            throw new RuleViolation("A personal link is an http(s) address.");
        var recipient = writer.learners(List.of(learnerId)).stream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("There is no learner with id " + learnerId + "."));
        var notice = writer.queue(
                NoticeKind.PERSONAL_LINK,
                recipient,
                NoticeComposer.personalLink(recipient.name(), url),
                "LEARNER",
                learnerId,
                null,
                null,
                null);
        long id = Objects.requireNonNull(notice.getId());
        // notices are not audited per row (system output): sending a personal link is a user's action, audited here
        // without the link itself (a secret) or the learner's name and address
        var fields = new LinkedHashMap<String, Object>();
        fields.put("kind", NoticeKind.PERSONAL_LINK);
        fields.put("learner", AuditChange.reference("Learner", learnerId));
        fields.put("status", notice.getStatus());
        audit.record(List.of(AuditChange.created("Notice", id, fields)), "Personal link sent to the learner");
        return id;
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

    /** For the holder of a learner's personal link: whether their learner receives reminders. */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional(readOnly = true)
    public boolean linkHolderRemindersOn() {
        return preferences.remindersOn(linkHolder());
    }

    /**
     * For the holder of a learner's personal link: turns their learner's reminders on or off (audited through
     * the preference entity, as made by the link's holder). Change notices are sent either way.
     */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional
    public void setLinkHolderReminders(boolean on) {
        long learnerId = linkHolder();
        requireLearner(learnerId);
        preferences.setReminders(learnerId, on);
    }

    private long linkHolder() {
        return currentUser
                .learnerLink()
                .orElseThrow(() -> new AccessDeniedException("Only through a personal link."))
                .learnerId();
    }

    private void requireLearner(long learnerId) {
        if (writer.learners(List.of(learnerId)).isEmpty()) {
            throw new RuleViolation("There is no learner with id " + learnerId + ".");
        }
    }
}
