package com.cohortdesk.learnerpage;

import com.cohortdesk.learner.LearnerRules;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.notice.NoticeService;
import com.cohortdesk.shared.RuleViolation;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends a personal link through the notices outbox: a PERSONAL_LINK notice written in the caller's transaction,
 * so a rolled-back issue sends nothing. An erased learner, or one without a valid email address, is not sent one.
 */
@Component
class OutboxPersonalLinkMailer implements PersonalLinkMailer {

    private final LearnerService learners;
    private final NoticeService notices;

    OutboxPersonalLinkMailer(LearnerService learners, NoticeService notices) {
        this.learners = learners;
        this.notices = notices;
    }

    @Override
    public Optional<String> whyNotSendable(long learnerId) {
        var learner = learners.get(learnerId);
        if (learner.erased()) return Optional.of("This learner's personal data was erased: no personal link is sent.");
        if (!LearnerRules.isValidEmail(learner.email())) {
            return Optional.of(
                    learner.fullName() + " has no valid email address: add one before sending the personal link.");
        }
        return Optional.empty();
    }

    @Override
    public Delivery send(long learnerId, String url) {
        var why = whyNotSendable(learnerId);
        if (why.isPresent()) throw new RuleViolation(why.get());
        notices.queuePersonalLink(learnerId, url);
        return new Delivery(
                learnerId,
                true,
                "Sent by email to " + learners.get(learnerId).email().strip() + ".",
                url);
    }
}
