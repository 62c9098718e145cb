package com.cohortdesk.learnerpage;

import com.cohortdesk.calendar.FeedTokens;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal links (administrators): issue, rotate, revoke and send a learner's link, or send the links of a
 * cohort's active learners. Only the token's hash is stored, so the address exists only when it is issued:
 * sending issues a new one (the previous address stops working). Every change is an entity change, so the
 * audit trail has it.
 */
@Service
public class LearnerLinkService {

    private final LearnerLinkRepository links;
    private final LearnerService learners;
    private final PersonalLinkMailer mailer;
    private final CurrentUser currentUser;
    private final Clock clock;

    LearnerLinkService(
            LearnerLinkRepository links,
            LearnerService learners,
            PersonalLinkMailer mailer,
            CurrentUser currentUser,
            Clock clock) {
        this.links = links;
        this.learners = learners;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public PersonalLinkState state(long learnerId) {
        return links.findByLearnerId(learnerId)
                .map(LearnerLinkService::toState)
                .orElseGet(() -> PersonalLinkState.none(learnerId));
    }

    /** Issues a link, or rotates the existing one (the old address stops working at once). The token is returned only here. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public IssuedPersonalLink issue(long learnerId) {
        learners.ref(learnerId); // an unknown learner is refused
        return issueFor(learnerId);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public PersonalLinkState revoke(long learnerId) {
        var link = links.findByLearnerId(learnerId)
                .orElseThrow(() -> new RuleViolation("There is no personal link to revoke."));
        if (!link.isActive()) throw new RuleViolation("The personal link was already revoked.");
        link.revoke(clock.instant());
        return toState(links.saveAndFlush(link));
    }

    /**
     * Issues a new link (rotating any earlier one) and sends it to the learner; {@code baseUrl} is the app's
     * address (scheme, host, port, context path) as the administrator reached it.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public PersonalLinkMailer.Delivery send(long learnerId, String baseUrl) {
        var learner = learners.ref(learnerId);
        if (learner.status() != LearnerStatus.ACTIVE && learner.status() != LearnerStatus.INTERRUPTED) {
            throw new RuleViolation(
                    learner.fullName() + " is " + learner.status().label().toLowerCase(Locale.ROOT)
                            + ": their personal link shows only a short notice, so it is not sent.");
        }
        var why = mailer.whyNotSendable(learnerId);
        if (why.isPresent()) throw new RuleViolation(why.get());
        return mailer.send(learnerId, url(baseUrl, issueFor(learnerId)));
    }

    /**
     * "Send personal links": a new link for every active learner of the cohort, each sent; one transaction. A
     * learner a link cannot be sent to (erased, no valid email address) keeps their link and is reported as not sent.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public List<PersonalLinkMailer.Delivery> sendToCohort(long cohortId, String baseUrl) {
        var deliveries = new ArrayList<PersonalLinkMailer.Delivery>();
        for (var learner : learners.members(cohortId)) {
            if (learner.status() != LearnerStatus.ACTIVE) continue;
            var why = mailer.whyNotSendable(learner.id());
            if (why.isPresent()) deliveries.add(new PersonalLinkMailer.Delivery(learner.id(), false, why.get(), null));
            else deliveries.add(mailer.send(learner.id(), url(baseUrl, issueFor(learner.id()))));
        }
        return deliveries;
    }

    private static String url(String baseUrl, IssuedPersonalLink issued) {
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?"))
            throw new RuleViolation("The app's address is not valid.");
        return baseUrl.replaceAll("/+$", "") + issued.path();
    }

    private IssuedPersonalLink issueFor(long learnerId) {
        var link = links.findByLearnerId(learnerId).orElseGet(() -> new LearnerLink(learnerId));
        var token = FeedTokens.newToken();
        link.issue(FeedTokens.hash(token), clock.instant(), currentUser.username());
        links.saveAndFlush(link);
        return new IssuedPersonalLink(learnerId, token);
    }

    private static PersonalLinkState toState(LearnerLink link) {
        return new PersonalLinkState(
                link.getLearnerId(),
                link.isActive(),
                link.getIssuedAt(),
                link.getIssuedBy(),
                link.getRevokedAt(),
                link.getLastOpenedAt());
    }
}
