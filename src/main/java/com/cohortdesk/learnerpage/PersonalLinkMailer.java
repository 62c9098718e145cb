package com.cohortdesk.learnerpage;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sends a learner their personal link. Called by {@link LearnerLinkService} inside the transaction that issued
 * the link, so an implementation that writes to an outbox commits or rolls back with it. The implementation
 * ({@link OutboxPersonalLinkMailer}) queues a notice in the notices outbox.
 */
public interface PersonalLinkMailer {

    /**
     * What became of one link: sent (queued in the outbox), or not with the reason. {@code url} is the address
     * sent (none when not sent): the administrator's page keeps it for "Open as the learner" and does not show it.
     */
    record Delivery(
            long learnerId,
            boolean sent,
            String message,
            @Nullable String url) {}

    /** Why a link cannot be sent to this learner (erased, no usable email address); empty if it can. Asked before issuing. */
    Optional<String> whyNotSendable(long learnerId);

    Delivery send(long learnerId, String url);
}
