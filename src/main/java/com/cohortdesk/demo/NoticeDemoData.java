package com.cohortdesk.demo;

import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.notice.NoticeKind;
import com.cohortdesk.notice.NoticeService;
import com.cohortdesk.notice.OutboxFilter;
import com.cohortdesk.notice.OutboxService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo notices. The demo's bookings, extensions, withdrawals and deferrals already wrote their notices
 * through the services (the dev run's embedded mail server receives them, so they show as sent); this adds
 * two personal links, one of them to a learner whose address (in the reserved .invalid domain) can never
 * receive mail, so the outbox also shows a failed notice to open and send again.
 */
@Component
@Profile("dev")
@Order(30)
class NoticeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NoticeDemoData.class);

    private final OutboxService outbox;
    private final NoticeService notices;
    private final LearnerService learners;

    NoticeDemoData(OutboxService outbox, NoticeService notices, LearnerService learners) {
        this.outbox = outbox;
        this.notices = notices;
        this.learners = learners;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAdministrator.run(() -> {
            if (outbox.count(new OutboxFilter(null, NoticeKind.PERSONAL_LINK, null)) > 0) return;
            var active = learners.roster(
                    new LearnerFilter(null, null, null, LearnerStatus.ACTIVE, null), PageRequest.of(0, 2));
            if (active.size() < 2) return;
            notices.queuePersonalLink(
                    active.get(0).id(),
                    "https://cohortdesk.example/me/demo-" + active.get(0).id());
            var gone = learners.get(active.get(1).id());
            var local = gone.email().substring(0, gone.email().indexOf('@'));
            learners.update(
                    gone.id(),
                    gone.version(),
                    new LearnerEdit(
                            gone.fullName(), local + "@mailbox-closed.invalid", gone.country(), gone.timeZone()));
            notices.queuePersonalLink(gone.id(), "https://cohortdesk.example/me/demo-" + gone.id());
            log.info("Demo notices: {} in the outbox", outbox.count(OutboxFilter.NONE));
        });
    }
}
