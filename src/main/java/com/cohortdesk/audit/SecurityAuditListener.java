package com.cohortdesk.audit;

import com.cohortdesk.security.AccountLockedEvent;
import com.cohortdesk.security.ViewAccessDeniedEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed sign-ins (with the reason Spring Security gives, which the user never
 * sees), lockouts and refused access: requests and service calls (AuthorizationDeniedEvent) and
 * Vaadin views. Refusals of anonymous visitors (who are simply sent to the login page) are skipped.
 */
@Component
class SecurityAuditListener {

    private final AuditLog log;

    SecurityAuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        log.record(authentication.getName(), AuditAction.LOGIN, null, null, "Signed in", address(authentication));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        log.record(
                String.valueOf(authentication.getPrincipal()),
                AuditAction.LOGIN_FAILED,
                null,
                null,
                "Sign-in refused: " + event.getException().getClass().getSimpleName(),
                address(authentication));
    }

    @EventListener
    void onLocked(AccountLockedEvent event) {
        log.record(
                event.username(),
                AuditAction.ACCOUNT_LOCKED,
                "StaffUser",
                null,
                "Locked until " + event.lockedUntil() + " after too many wrong passwords",
                event.remoteAddress());
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) return;
        String what;
        String address = AuditActor.remoteAddress();
        if (event.getObject() instanceof MethodInvocation invocation) {
            what = "Call refused: " + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        } else if (event.getObject() instanceof HttpServletRequest request) {
            what = "Request refused: " + request.getMethod() + " " + request.getRequestURI();
            address = AuditActor.remoteAddress(request);
        } else {
            what = "Refused: " + event.getObject();
        }
        log.record(authentication.getName(), AuditAction.ACCESS_DENIED, null, null, what, address);
    }

    @EventListener
    void onViewDenied(ViewAccessDeniedEvent event) {
        log.record(
                event.username(),
                AuditAction.ACCESS_DENIED,
                null,
                null,
                "View refused: " + event.path() + (event.reason() == null ? "" : " (" + event.reason() + ")"),
                AuditActor.remoteAddress());
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : AuditActor.remoteAddress();
    }
}
