package com.cohortdesk.calendar;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.LearnerLinkPrincipal;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.shared.RuleViolation;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feed links: administrators issue, rotate and revoke those of learners and cohorts (and of any member
 * of staff); every member of staff manages their own. Issuing again rotates: the old address stops
 * working at once. Every issue, rotation and revocation is an entity change, so the audit trail has it.
 */
@Service
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final LearnerService learners;
    private final CohortService cohorts;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            LearnerService learners,
            CohortService cohorts,
            StaffService staff,
            CurrentUser currentUser,
            Clock clock) {
        this.feeds = feeds;
        this.learners = learners;
        this.cohorts = cohorts;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public FeedLink link(FeedSubject subject, long subjectId) {
        return linkOf(subject, subjectId);
    }

    /** Issues a link, or rotates the existing one (the old token stops working at once). The token is returned only here. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public IssuedFeed issue(FeedSubject subject, long subjectId) {
        requireSubject(subject, subjectId);
        return issueFor(subject, subjectId);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public FeedLink revoke(FeedSubject subject, long subjectId) {
        return revokeFor(subject, subjectId);
    }

    /** The signed-in member of staff's own feed (sessions they host, deadlines of offerings they lead). */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public FeedLink myLink() {
        return linkOf(FeedSubject.FACULTY, me());
    }

    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public IssuedFeed issueMine() {
        return issueFor(FeedSubject.FACULTY, me());
    }

    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public FeedLink revokeMine() {
        return revokeFor(FeedSubject.FACULTY, me());
    }

    /** The holder of a learner's personal link: the state of that learner's own feed link. */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional(readOnly = true)
    public FeedLink linkHolderFeed() {
        return linkOf(FeedSubject.LEARNER, linkHolder());
    }

    /** The holder of a learner's personal link issues (or rotates) that learner's own feed link; the token is returned only here. */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional
    public IssuedFeed issueLinkHolderFeed() {
        return issueFor(FeedSubject.LEARNER, linkHolder());
    }

    private long linkHolder() {
        return currentUser
                .learnerLink()
                .orElseThrow(() -> new AccessDeniedException("Only through a personal link"))
                .learnerId();
    }

    private long me() {
        return currentUser.require().getStaffId();
    }

    private FeedLink linkOf(FeedSubject subject, long subjectId) {
        return feeds.findBySubjectTypeAndSubjectId(subject, subjectId)
                .map(CalendarFeedService::toLink)
                .orElseGet(() -> FeedLink.none(subject, subjectId));
    }

    private IssuedFeed issueFor(FeedSubject subject, long subjectId) {
        var feed = feeds.findBySubjectTypeAndSubjectId(subject, subjectId)
                .orElseGet(() -> new CalendarFeed(subject, subjectId));
        var token = FeedTokens.newToken();
        feed.issue(FeedTokens.hash(token), clock.instant(), currentUser.username());
        feeds.saveAndFlush(feed);
        return new IssuedFeed(subject, subjectId, token);
    }

    private FeedLink revokeFor(FeedSubject subject, long subjectId) {
        var feed = feeds.findBySubjectTypeAndSubjectId(subject, subjectId)
                .orElseThrow(() -> new RuleViolation("There is no calendar link to revoke."));
        if (!feed.isActive()) throw new RuleViolation("The calendar link was already revoked.");
        feed.revoke(clock.instant());
        return toLink(feeds.saveAndFlush(feed));
    }

    private void requireSubject(FeedSubject subject, long subjectId) {
        switch (subject) { // each throws IllegalArgumentException for an unknown id
            case LEARNER -> {
                if (learners.get(subjectId).erased())
                    throw new RuleViolation("This learner's personal data was erased: no calendar link.");
            }
            case COHORT -> cohorts.get(subjectId);
            case FACULTY -> staff.get(subjectId);
        }
    }

    private static FeedLink toLink(CalendarFeed feed) {
        return new FeedLink(
                feed.getSubjectType(),
                feed.getSubjectId(),
                feed.isActive(),
                feed.getIssuedAt(),
                feed.getIssuedBy(),
                feed.getRevokedAt(),
                feed.getLastFetchedAt(),
                feed.getLastUserAgent());
    }
}
