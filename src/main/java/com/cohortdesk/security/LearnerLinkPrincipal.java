package com.cohortdesk.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The holder of a learner's personal link (issue 17): no account, no password, only a verified token that
 * names one learner. The learner page's service resolves the token (by its hash) into this principal, and
 * the page then makes each of its service calls as it ({@link #callAs}), inside that call only: services
 * secured for {@link #AUTHORITY} take the learner's id from here, never from the caller, so the holder can
 * read and act only on their own learner. {@code linkId} and {@code hashedToken} let a service check that
 * the link is still the current one (a rotation or revocation ends an open page's next call).
 */
public record LearnerLinkPrincipal(long learnerId, long linkId, String hashedToken) {

    /** The authority of the anonymous-with-token caller. */
    public static final String AUTHORITY = "ROLE_LEARNER_LINK";
    /** Spring Security's authority of an anonymous visitor (who may present a token). */
    public static final String ANONYMOUS_AUTHORITY = "ROLE_ANONYMOUS";

    /** "who" in bookings and the audit trail: the learner, through their link (the address is recorded beside it). */
    public String actorName() {
        return "learner " + learnerId + " via personal link";
    }

    /** Runs the work as this link's holder, then restores whoever was acting before. */
    public <T> T callAs(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new Authentication(this));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The authentication carrying the principal; its name is {@link #actorName()}. */
    public static final class Authentication extends AbstractAuthenticationToken {

        private final LearnerLinkPrincipal principal;

        public Authentication(LearnerLinkPrincipal principal) {
            super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public LearnerLinkPrincipal getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.actorName();
        }
    }
}
