package com.cohortdesk.notice;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The periodic work: the dispatcher every few seconds on every node (rows are claimed with SKIP LOCKED) and
 * the reminder planner every few minutes on the node holding the planner lease. Off with
 * {@code cohortdesk.notices.jobs=false} (the tests call the dispatcher and the planner themselves). The switch is
 * read when the server starts, not a bean condition: under Spring AOT bean conditions are fixed at build time.
 */
@Component
class NoticeJobs {

    private static final Logger log = LoggerFactory.getLogger(NoticeJobs.class);

    private final NoticeDispatcher dispatcher;
    private final ReminderPlanner planner;
    private final JobLease lease;
    private final boolean on;

    NoticeJobs(
            NoticeDispatcher dispatcher,
            ReminderPlanner planner,
            JobLease lease,
            @Value("${cohortdesk.notices.jobs:true}") boolean on) {
        this.dispatcher = dispatcher;
        this.planner = planner;
        this.lease = lease;
        this.on = on;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (on && !dispatcher.canSend()) {
            log.warn("Notices: no mail server configured (SPRING_MAIL_HOST, SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, "
                    + "SPRING_MAIL_PASSWORD): the dispatcher does not start and notices wait in the outbox.");
        }
    }

    @Scheduled(
            initialDelayString = "${cohortdesk.notices.dispatch-interval:10s}",
            fixedDelayString = "${cohortdesk.notices.dispatch-interval:10s}")
    void dispatch() {
        if (!on || !dispatcher.canSend()) return;
        try {
            dispatcher.dispatchAll();
        } catch (RuntimeException e) {
            log.error("Notices: dispatching failed; the next run tries again", e);
        }
    }

    @Scheduled(
            initialDelayString = "${cohortdesk.notices.plan-interval:5m}",
            fixedDelayString = "${cohortdesk.notices.plan-interval:5m}")
    void plan() {
        if (!on) return;
        try {
            if (!lease.acquire("planner", Duration.ofMinutes(4))) return;
            var planned = planner.plan();
            if (planned.total() > 0) log.info("Notices: planned {}", planned);
        } catch (RuntimeException e) {
            log.error("Notices: planning failed; the next run tries again", e);
        }
    }
}
