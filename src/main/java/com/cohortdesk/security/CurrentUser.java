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

    /** The holder of a learner's personal link, when the current call is made as one ({@link LearnerLinkPrincipal}). */
    public Optional<LearnerLinkPrincipal> learnerLink() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof LearnerLinkPrincipal.Authentication link && link.isAuthenticated()) {
            return Optional.of(link.getPrincipal());
        }
        return Optional.empty();
    }

    public StaffPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The name recorded as "who" in histories: the signed-in username, or the system actor's name. */
    public String username() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated())
            throw new AccessDeniedException("Not signed in");
        return authentication.getName();
    }

    public boolean isAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
    }
}
