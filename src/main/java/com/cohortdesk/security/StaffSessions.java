package com.cohortdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of staff accounts (Spring Security's session registry). Ending a session
 * marks it expired: its next request is signed out and sent to the login page.
 */
@Component
class StaffSessions {

    private final SessionRegistry registry;

    StaffSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    int count(String username) {
        return (int) registry.getAllPrincipals().stream().filter(p -> matches(p, username))
                .mapToLong(p -> registry.getAllSessions(p, false).size()).sum();
    }

    /** Ends every session of the account; returns how many there were. */
    int end(String username) {
        return endOthers(username, null);
    }

    /** Ends every session of the account except {@code keep} (the caller's own); returns how many ended. */
    int endOthers(String username, @Nullable String keep) {
        int ended = 0;
        for (var principal : registry.getAllPrincipals()) {
            if (!matches(principal, username)) continue;
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (session.getSessionId().equals(keep)) continue;
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }

    /** The id of the HTTP session of the request being served (a Vaadin request too), if any. */
    static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private static boolean matches(Object principal, String username) {
        return principal instanceof StaffPrincipal p ? p.getUsername().equals(username) : username.equals(String.valueOf(principal));
    }
}
