package com.cohortdesk.learnerpage;

import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.assessment.LearnerDeadline;
import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.calendar.FeedTokens;
import com.cohortdesk.calendar.IssuedFeed;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.EnrollmentStatus;
import com.cohortdesk.enrollment.PlanEntry;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.notice.NoticeService;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.LearnerLinkPrincipal;
import com.cohortdesk.security.Role;
import com.cohortdesk.session.BookingStatus;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.shared.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's own page ({@code /me/{token}}): opening it with a token, what it shows, and booking and
 * cancelling office hours. {@link #open} is open to anyone (the token is the credential); everything else
 * is for the link's holder ({@link LearnerLinkPrincipal}), takes the learner from the principal, and first
 * checks that the link is still current and the request is within the throttle.
 */
@Service
public class LearnerPageService {

    /** How far ahead the page lists live sessions. */
    static final Duration SESSIONS_AHEAD = Duration.ofDays(21);

    private final LearnerLinkRepository links;
    private final LearnerService learners;
    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final ExtensionService extensions;
    private final SessionRosterService sessions;
    private final CalendarFeedService feeds;
    private final NoticeService notices;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String bookingGuard;
    private final LinkThrottle perAddress;
    private final LinkThrottle perLink;

    LearnerPageService(
            LearnerLinkRepository links,
            LearnerService learners,
            CohortService cohorts,
            EnrollmentService enrollments,
            ExtensionService extensions,
            SessionRosterService sessions,
            CalendarFeedService feeds,
            NoticeService notices,
            CurrentUser currentUser,
            Clock clock,
            @Value("${cohortdesk.sessions.booking-guard:2h}") String bookingGuard,
            @Value("${cohortdesk.learner-page.throttle.address-per-minute:120}") int addressPerMinute,
            @Value("${cohortdesk.learner-page.throttle.link-per-minute:60}") int linkPerMinute) {
        this.links = links;
        this.learners = learners;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.extensions = extensions;
        this.sessions = sessions;
        this.feeds = feeds;
        this.notices = notices;
        this.currentUser = currentUser;
        this.clock = clock;
        this.bookingGuard = describe(DurationStyle.detectAndParse(bookingGuard));
        this.perAddress = new LinkThrottle(addressPerMinute, 100_000, System::nanoTime);
        this.perLink = new LinkThrottle(linkPerMinute, 100_000, System::nanoTime);
    }

    /**
     * Presents a token (anyone may: it is the credential). The token is hashed and looked up by its hash,
     * so an unknown and a revoked token take the same path and time; a current link gives its principal.
     * Paced per address (every attempt) and per link.
     */
    @Secured({LearnerLinkPrincipal.ANONYMOUS_AUTHORITY, Role.FACULTY_AUTHORITY, Role.ADMIN_AUTHORITY})
    @Transactional
    public LinkOpening open(String token, String remoteAddress) {
        var hashed = FeedTokens.hash(token);
        if (!perAddress.tryTake(remoteAddress)) return LinkOpening.tooMany();
        var found = links.findByHashedToken(hashed);
        if (found.isEmpty()) return LinkOpening.notFound();
        var link = found.get();
        if (!perLink.tryTake(hashed)) return LinkOpening.tooMany();
        links.recordOpened(link.getId(), clock.instant());
        return new LinkOpening(new LearnerLinkPrincipal(link.getLearnerId(), link.getId(), hashed), false);
    }

    /** Everything the page shows, for the link's own learner. */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional(readOnly = true)
    public LearnerPage page() {
        var me = current();
        long learnerId = me.learnerId();
        var learner = ReadActor.call(() -> learners.get(learnerId));
        var zone = ZoneId.of(learner.timeZone());
        var now = clock.instant();
        if (learner.status() == LearnerStatus.WITHDRAWN || learner.status() == LearnerStatus.GRADUATED) {
            var notice = learner.status() == LearnerStatus.GRADUATED
                    ? "Congratulations on graduating. This page is closed now; the programme office can help with anything you need."
                    : "You are no longer studying on the programme, so this page is closed. Please contact the programme office with any questions.";
            return new LearnerPage(
                    learner.fullName(),
                    learner.cohortName(),
                    zone,
                    learner.status(),
                    notice,
                    List.of(),
                    List.of(),
                    List.of(),
                    false,
                    null,
                    bookingGuard,
                    now,
                    false);
        }
        var terms = ReadActor.call(() -> cohorts.get(learner.cohortId()).terms());
        var plan = ReadActor.call(() -> enrollments.plan(learnerId));
        var byTerm = new TreeMap<Integer, List<PlanEntry>>();
        plan.entries().stream()
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                .forEach(e ->
                        byTerm.computeIfAbsent(e.term(), t -> new ArrayList<>()).add(e));
        var termPlans = new ArrayList<LearnerPage.TermPlan>();
        for (int term = 1; term <= 6; term++) {
            int t = term;
            var dates = terms.stream().filter(d -> d.term() == t).findFirst();
            termPlans.add(new LearnerPage.TermPlan(
                    term,
                    dates.map(TermDates::startsOn).orElse(null),
                    dates.map(TermDates::endsOn).orElse(null),
                    byTerm.getOrDefault(term, List.of())));
        }
        List<LearnerDeadline> deadlines = ReadActor.call(() -> extensions.learnerDeadlines(learnerId)).stream()
                .filter(d -> d.effective().due().isAfter(now.minus(Duration.ofDays(7))))
                .sorted(Comparator.comparing(
                        (LearnerDeadline d) -> d.effective().due()))
                .toList();
        var mySessions = sessions.learnerSessions(now.plus(SESSIONS_AHEAD));
        var feed = feeds.linkHolderFeed();
        return new LearnerPage(
                learner.fullName(),
                learner.cohortName(),
                zone,
                learner.status(),
                null,
                termPlans,
                mySessions,
                deadlines,
                feed.active(),
                feed.issuedAt(),
                bookingGuard,
                now,
                notices.linkHolderRemindersOn());
    }

    /** Books the learner into an office hour of their own offerings; a full one puts them on the waiting list. */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional
    public BookingStatus book(long occurrenceId) {
        var me = currentForAction();
        return sessions.book(occurrenceId, me.learnerId());
    }

    /** Cancels the learner's place or waiting place; says whether someone from the waiting list got the place. */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional
    public boolean cancel(long occurrenceId) {
        var me = currentForAction();
        return sessions.cancelBooking(occurrenceId, me.learnerId()).isPresent();
    }

    /**
     * Turns the learner's reminders on or off from their page (change notices are always sent); audited as made
     * by the learner through their link. Returns the stored choice.
     */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional
    public boolean setReminders(boolean on) {
        var me = currentForAction();
        requireOpen(me);
        notices.setLinkHolderReminders(on);
        return notices.linkHolderRemindersOn();
    }

    /** Issues (or rotates) the learner's own calendar feed link; the address is returned only here. */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional
    public IssuedFeed calendarFeed() {
        var me = currentForAction();
        requireOpen(me);
        return feeds.issueLinkHolderFeed();
    }

    private LearnerLinkPrincipal currentForAction() {
        var me = current();
        if (!perLink.tryTake(me.hashedToken()))
            throw new RuleViolation("Too many requests through this link; try again in a minute.");
        return me;
    }

    private void requireOpen(LearnerLinkPrincipal me) {
        var status = ReadActor.call(() -> learners.ref(me.learnerId())).status();
        if (status == LearnerStatus.WITHDRAWN || status == LearnerStatus.GRADUATED)
            throw new RuleViolation("This page is closed.");
    }

    /** The caller's link, if it is still the current one (a rotation or revocation ends an open page). */
    private LearnerLinkPrincipal current() {
        var me =
                currentUser.learnerLink().orElseThrow(() -> new AccessDeniedException("Only through a personal link."));
        Optional<LearnerLink> link = links.findById(me.linkId());
        if (link.isEmpty()
                || !me.hashedToken().equals(link.get().getHashedToken())
                || link.get().getLearnerId() != me.learnerId()) {
            throw new RuleViolation("This link no longer works. Ask the programme office for a new one.");
        }
        return me;
    }

    private static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) return minutes / 60 + (minutes == 60 ? " hour" : " hours");
        return minutes + " minutes";
    }
}
