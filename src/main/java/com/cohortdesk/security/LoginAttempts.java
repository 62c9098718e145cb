package com.cohortdesk.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong passwords per account in the database and locks it ({@link LoginLockout}), and paces
 * attempts per (address, username) and per address ({@link LoginThrottle}: an attempt that comes too
 * early is refused at once by {@link StaffAuthenticationProvider}, so no request thread waits). Spring
 * Security publishes the events synchronously on the sign-in request. The answer never says whether the
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

    LoginAttempts(
            StaffUserRepository users,
            TransactionTemplate transaction,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${cohortdesk.login.throttle.free-failures:3}") int freeFailures,
            @Value("${cohortdesk.login.throttle.address-free-failures:10}") int addressFreeFailures,
            @Value("${cohortdesk.login.throttle.base-delay:250ms}") Duration baseDelay,
            @Value("${cohortdesk.login.throttle.max-delay:2s}") Duration maxDelay) {
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
        this.throttle = new LoginThrottle(
                freeFailures, addressFreeFailures, baseDelay, maxDelay, Duration.ofMinutes(15), System::nanoTime);
    }

    /** Whether the attempt may be checked now (then it counts); otherwise how long until the next may be. */
    Duration admit(Authentication authentication) {
        return throttle.admit(remoteAddress(authentication), username(authentication));
    }

    /** Any checked attempt that failed (wrong password, unknown, locked, disabled): the pace's delay runs from now. */
    @EventListener
    void onAnyFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof SignInThrottledEvent) return;
        throttle.failed(remoteAddress(event.getAuthentication()), username(event.getAuthentication()));
    }

    /**
     * A wrong password: one atomic increment in the database (skipped while the account is locked). Only
     * the failure whose increment reaches the limit locks the account, however many run at once: the
     * increment holds the row until the transaction ends, and a parallel one waits and then sees the lock.
     */
    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var username = username(event.getAuthentication());
        var address = remoteAddress(event.getAuthentication());
        transaction.executeWithoutResult(status -> {
            var now = clock.instant();
            if (users.countFailedLogin(username, now) == 0) return; // no such account, or locked already
            var outcome = LoginLockout.counted(users.failedLogins(username), now);
            if (!outcome.locked()) return;
            users.updateSignInCounters(username, outcome.failures(), outcome.lockedUntil());
            log.warn(
                    "Account '{}' locked until {} after {} failed sign-ins",
                    username,
                    outcome.lockedUntil(),
                    LoginLockout.MAX_FAILURES);
            events.publishEvent(new AccountLockedEvent(username, outcome.lockedUntil(), address));
        });
    }

    /** Clears the account's counters and the pair's pace; a one-time password is used up by this sign-in. */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        throttle.succeeded(remoteAddress(authentication), authentication.getName());
        transaction.executeWithoutResult(status -> {
            users.clearSignInCounters(authentication.getName());
            if (authentication.getPrincipal() instanceof StaffPrincipal principal
                    && principal.isPasswordChangeRequired()) {
                users.useUpOneTimePassword(authentication.getName(), clock.instant());
            }
        });
    }

    /** For tests: forget every address and pair. */
    void forgetThrottle() {
        throttle.clear();
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    private static String username(Authentication authentication) {
        return String.valueOf(authentication.getPrincipal()).strip();
    }
}
