package com.cohortdesk.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting now (the signed-in username, or "system") and from which address. */
final class AuditActor {

    static final String SYSTEM = "system";

    private AuditActor() {}

    static String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    static @Nullable String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? remoteAddress(attributes.getRequest())
                : null;
    }

    static String remoteAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
