package com.cohortdesk.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong passwords per account and locks it ({@link LoginLockout}), and slows repeated failures
 * from one address ({@link LoginThrottle}: the failed request is answered late). Spring Security
 * publishes the events synchronously on the sign-in request. The answer never says whether the
 * username exists: a locked, disabled or unknown account gets the same generic message.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StaffUserRepository users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;

    LoginAttempts(StaffUserRepository users, TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events,
            @Value("${cohortdesk.login.throttle.free-failures:3}") int freeFailures,
            @Value("${cohortdesk.login.throttle.base-delay:250ms}") Duration baseDelay,
            @Value("${cohortdesk.login.throttle.max-delay:2s}") Duration maxDelay) {
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
        this.throttle = new LoginThrottle(freeFailures, baseDelay, maxDelay, Duration.ofMinutes(15), System::nanoTime);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var username = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        var address = remoteAddress(event.getAuthentication());
        transaction.executeWithoutResult(status -> users.findByUsername(username).ifPresent(user -> {
            var outcome = LoginLockout.afterFailure(user.getFailedLogins(), clock.instant());
            users.updateSignInCounters(username, outcome.failures(), outcome.locked() ? outcome.lockedUntil() : user.getLockedUntil());
            if (outcome.locked()) {
                log.warn("Account '{}' locked until {} after {} failed sign-ins", username, outcome.lockedUntil(), LoginLockout.MAX_FAILURES);
                events.publishEvent(new AccountLockedEvent(username, outcome.lockedUntil(), address));
            }
        }));
        hold(throttle.failed(address));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        throttle.succeeded(remoteAddress(authentication));
        transaction.executeWithoutResult(status -> users.findByUsername(authentication.getName())
                .filter(u -> u.getFailedLogins() > 0 || u.getLockedUntil() != null)
                .ifPresent(u -> users.updateSignInCounters(u.getUsername(), 0, null)));
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    private static void hold(Duration delay) {
        if (delay.isZero()) return;
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
