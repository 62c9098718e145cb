package com.cohortdesk.notice;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies a verified one-click unsubscribe: the learner's reminders or the staff member's digest off. */
@Component
class Unsubscriber {

    private final UnsubscribeTokens tokens;
    private final NoticePreferences preferences;

    Unsubscriber(UnsubscribeTokens tokens, NoticePreferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    boolean valid(String token) {
        return tokens.verify(token).isPresent();
    }

    @Transactional
    public boolean unsubscribe(String token) {
        var subject = tokens.verify(token);
        if (subject.isEmpty()) return false;
        if (subject.get().learner()) preferences.setReminders(subject.get().id(), false);
        else preferences.setDigest(subject.get().id(), false);
        return true;
    }
}
