package com.cohortdesk.privacy;

import com.cohortdesk.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Erases the learners whose retention period has ended, once a day ({@code cohortdesk.privacy.retention-cron},
 * default 02:30 UK time), on one node of the cluster: the run starts only after claiming the {@code retention}
 * {@link JobLease}. It runs as the system actor {@code retention-job} (administrator role) and erases each learner
 * in its own transaction through {@link PrivacyService#eraseLearner}, which is idempotent, so a learner is erased
 * once even if two runs overlapped. A plain {@code @Scheduled} method: it can move to a job library later.
 */
@Component
class RetentionJob {

    static final String ACTOR = "retention-job";
    static final String JOB = "retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PrivacyService privacy;
    private final JobLease lease;
    private final Duration leaseLength;
    private final String node = UUID.randomUUID().toString();

    RetentionJob(
            PrivacyService privacy,
            JobLease lease,
            @Value("${cohortdesk.privacy.retention-lease:PT1H}") Duration leaseLength) {
        this.privacy = privacy;
        this.lease = lease;
        this.leaseLength = leaseLength;
    }

    @Scheduled(cron = "${cohortdesk.privacy.retention-cron:0 30 2 * * *}", zone = "Europe/London")
    void scheduled() {
        run();
    }

    /** Runs the job if this node claims the lease; returns how many learners it erased (0 when another node holds it). */
    int run() {
        if (!lease.claim(JOB, node, leaseLength)) {
            log.info("Retention job: another node holds the lease, nothing to do here");
            return 0;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ACTOR, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            int erased = 0;
            for (var due : privacy.dueForErasure(0)) {
                try {
                    if (privacy.eraseLearner(
                            due.learnerId(),
                            "Retention period of " + privacy.retentionPeriod()
                                    + " after "
                                    + due.status()
                                            .toLowerCase(Locale.ROOT)
                                            .replace("graduated", "graduation")
                                            .replace("withdrawn", "withdrawal")
                                    + " on " + due.endedOn() + " ended on " + due.dueOn())) {
                        erased++;
                    }
                } catch (RuntimeException e) {
                    log.error("Retention job: erasing learner {} failed", due.learnerId(), e);
                }
            }
            log.info("Retention job: {} learner(s) erased", erased);
            return erased;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
