/**
 * A learner's own page by secret link (issue 17): {@code /me/{token}}, with no account and no password.
 * <p>
 * Links: {@link com.cohortdesk.learnerpage.LearnerLinkService} (administrators) issues, rotates, revokes and
 * sends them; the token has 256 random bits (URL-safe base64, the calendar feeds' kind) and only its SHA-256 is
 * stored, so the address is known only right after issuing (and sending issues a fresh one). Every issue,
 * rotation and revocation is an entity change, so the audit trail records it (the hash only as "changed").
 * Sending goes through {@link com.cohortdesk.learnerpage.PersonalLinkMailer}.
 * <p>
 * The anonymous-with-token caller: {@link com.cohortdesk.learnerpage.LearnerPageService#open} (open to
 * anyone: the token is the credential) hashes the token, looks it up by its hash (unknown and revoked tokens
 * take the same path) and, for a current link, returns a {@link com.cohortdesk.security.LearnerLinkPrincipal}.
 * The page then makes every service call as that principal (authority {@code ROLE_LEARNER_LINK}), and the
 * services take the learner's id from it: the page's own reads and {@code SessionRosterService}'s booking and
 * cancelling (so its rules, promotion and any hook there apply as for staff; "who" is
 * "learner N via personal link", with the address). Each call checks again that the link is still current.
 * The learner's details, plan and deadlines are read for that one learner through the owning services as the
 * read-only system actor {@code learner-page} (administrator role, like the calendar feed's actor), only
 * inside {@code LearnerPageService}.
 * <p>
 * Pacing: {@link com.cohortdesk.learnerpage.LinkThrottle}, per token and per address, in memory per node.
 */
@NullMarked
package com.cohortdesk.learnerpage;

import org.jspecify.annotations.NullMarked;
