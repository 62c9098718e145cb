package com.cohortdesk.learnerpage;

import org.jspecify.annotations.Nullable;

/**
 * Sends a learner their personal link. Called by {@link LearnerLinkService} inside the transaction that issued
 * the link, so an implementation that writes to an outbox commits or rolls back with it. The only
 * implementation for now ({@link ShowLinkToAdministrator}) sends nothing and hands the address back for the
 * administrator to pass on; the notices outbox replaces it.
 */
public interface PersonalLinkMailer {

    /** What became of one link: sent (queued), or not, with the address to show the administrator instead. */
    record Delivery(long learnerId, boolean sent, String message, @Nullable String urlToShow) {
    }

    Delivery send(long learnerId, String url);
}
