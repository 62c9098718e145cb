package com.cohortdesk.learnerpage;

import com.cohortdesk.security.LearnerLinkPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of presenting a token: the principal of a current link, or none (unknown and revoked tokens
 * alike), or {@code throttled} (too many requests from this address or for this link; try again in a minute).
 */
public record LinkOpening(@Nullable LearnerLinkPrincipal principal, boolean throttled) {

    static LinkOpening notFound() {
        return new LinkOpening(null, false);
    }

    static LinkOpening tooMany() {
        return new LinkOpening(null, true);
    }
}
