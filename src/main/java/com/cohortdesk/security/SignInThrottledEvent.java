package com.cohortdesk.security;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt refused because it came before the throttle's delay had passed (the audit trail records it). */
public class SignInThrottledEvent extends AbstractAuthenticationFailureEvent {

    public SignInThrottledEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
