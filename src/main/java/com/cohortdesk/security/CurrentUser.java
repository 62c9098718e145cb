package com.cohortdesk.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The member of staff the current request or UI belongs to. */
@Component
public class CurrentUser {

    public Optional<StaffPrincipal> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public StaffPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public boolean isAdmin() {
        return get().map(p -> p.hasRole(Role.ADMIN)).orElse(false);
    }
}
