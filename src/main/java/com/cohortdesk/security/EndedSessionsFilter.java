package com.cohortdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends, at its next request, a staff session signed in before its account's sessions were ended on any node
 * ({@code staff_user.sessions_ended_at}, written by {@link StaffSessions}). It runs before Spring Security's
 * {@code ConcurrentSessionFilter} and marks such a session expired in this node's registry, so the filter signs it out
 * as it does a session ended here: the login page, or Vaadin's "session expired" answer to a UI request. One indexed
 * lookup per request of a signed-in session.
 */
class EndedSessionsFilter extends OncePerRequestFilter {

    private final StaffSessions sessions;
    private final SessionRegistry registry;

    EndedSessionsFilter(StaffSessions sessions, SessionRegistry registry) {
        this.sessions = sessions;
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentication =
                session == null ? null : SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            if (!(session.getAttribute(StaffSessions.SIGNED_IN_AT) instanceof Instant signedIn)) {
                session.setAttribute(StaffSessions.SIGNED_IN_AT, StaffSessions.now());
            } else {
                var ended = sessions.endedAt(principal.getUsername());
                if (ended != null && signedIn.isBefore(ended)) {
                    var information = registry.getSessionInformation(session.getId());
                    if (information != null) {
                        information.expireNow();
                    } else {
                        session.invalidate();
                        SecurityContextHolder.clearContext();
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Records when a session signed in, on the sign-in request itself. */
    static final class SignInTime {
        @EventListener
        void signedIn(InteractiveAuthenticationSuccessEvent event) {
            var session = StaffSessions.currentSession();
            if (session != null) session.setAttribute(StaffSessions.SIGNED_IN_AT, StaffSessions.now());
        }
    }
}
