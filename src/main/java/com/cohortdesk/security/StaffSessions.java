package com.cohortdesk.security;

import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of staff accounts. Ending an account's sessions marks this node's expired in Spring Security's
 * session registry (their next request is signed out and sent to the login page) and records the time in
 * {@code staff_user.sessions_ended_at} (on the account, in the caller's transaction), which {@link EndedSessionsFilter} checks on every
 * node: a session signed in before it ends at its next request there too.
 */
@Component
class StaffSessions {

    /** The session attribute holding when the session signed in (wall-clock time, as the marker). */
    static final String SIGNED_IN_AT = StaffSessions.class.getName() + ".signedInAt";

    private final SessionRegistry registry;
    private final JdbcTemplate jdbc;

    StaffSessions(SessionRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** Wall-clock time to the microsecond, as the database keeps it (so a time written and read back compares equal). */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** When the account's sessions were last ended, if ever. */
    @Nullable
    Instant endedAt(String username) {
        var ended = jdbc.queryForList(
                "select sessions_ended_at from staff_user where username = ?", Timestamp.class, username);
        return ended.isEmpty() || ended.getFirst() == null
                ? null
                : ended.getFirst().toInstant();
    }

    int count(String username) {
        return (int) registry.getAllPrincipals().stream()
                .filter(p -> matches(p, username))
                .mapToLong(p -> registry.getAllSessions(p, false).size())
                .sum();
    }

    /** Ends every session of the account; returns how many there were on this node. */
    int end(StaffUser user) {
        return endOthers(user, null);
    }

    /**
     * Ends every session of the account except {@code keep} (the caller's own); returns how many ended on this node.
     * The time goes on the account (in the caller's transaction, so the audit trail records it) for the other nodes.
     */
    int endOthers(StaffUser user, @Nullable String keep) {
        var now = now();
        var username = user.getUsername();
        user.endSessionsAt(now);
        var own = currentSession();
        if (keep != null && own != null && own.getId().equals(keep)) own.setAttribute(SIGNED_IN_AT, now);
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
        var session = currentSession();
        return session == null ? null : session.getId();
    }

    /** The HTTP session of the request being served, if any. */
    static @Nullable HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(false);
        }
        return null;
    }

    private static boolean matches(Object principal, String username) {
        return principal instanceof StaffPrincipal p
                ? p.getUsername().equals(username)
                : username.equals(String.valueOf(principal));
    }
}
