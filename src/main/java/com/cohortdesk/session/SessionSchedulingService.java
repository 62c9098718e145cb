package com.cohortdesk.session;

import com.cohortdesk.enrollment.Offering;
import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.shared.TextRules;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling live sessions: series and their occurrences (with conflict checks), moving and cancelling one week,
 * the meeting link, and the lists of occurrences (my sessions, a series, the calendar page, calendar feeds). Faculty
 * read the sessions of the offerings they lead ({@link OfferingAccess}) and the programme-wide ones they host,
 * schedule for the offerings they lead, and cancel or move only the sessions they host; administrators work on all.
 */
@Service
public class SessionSchedulingService {

    /** No session is longer; conflict checks and a learner's sessions look back this far. */
    static final Duration LONGEST_SESSION = Duration.ofHours(8);

    private final LiveSessionRepository sessions;
    private final OccurrenceRepository occurrences;
    private final BookingRepository bookings;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final OfferingAccess access;
    private final Clock clock;
    private final SessionAccess sessionAccess;
    private final SessionReadModels readModels;
    private final SessionNotices notices;

    SessionSchedulingService(
            LiveSessionRepository sessions,
            OccurrenceRepository occurrences,
            BookingRepository bookings,
            EntityManager entityManager,
            CurrentUser currentUser,
            OfferingAccess access,
            Clock clock,
            SessionAccess sessionAccess,
            SessionReadModels readModels,
            SessionNotices notices) {
        this.sessions = sessions;
        this.occurrences = occurrences;
        this.bookings = bookings;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
        this.sessionAccess = sessionAccess;
        this.readModels = readModels;
        this.notices = notices;
    }

    /**
     * Schedules a session (weekly up to its end date). A double-booked host or an overlap with another
     * session of the same cohort is refused with a message naming the other session, unless an
     * administrator gives a reason, which is kept with the session.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public Scheduled schedule(SessionDraft draft, @Nullable String overrideReason) {
        var problems = draft.problems();
        if (!problems.isEmpty()) throw new RuleViolation(String.join(" ", problems));
        var offering = draft.offeringId() == null ? null : offering(draft.offeringId());
        authorizeScheduling(draft.hostId(), offering);
        var starts = WeeklyStarts.of(draft.firstStart(), draft.zone(), draft.repeatsUntil());
        var hostName = readModels.hostNames(Set.of(draft.hostId())).get(draft.hostId());
        var proposed = starts.stream()
                .map(start -> new SessionSlot(
                        0,
                        0,
                        draft.title().strip(),
                        draft.hostId(),
                        hostName,
                        offering == null ? null : offering.getCohort().getId(),
                        "",
                        start,
                        start.plus(draft.duration())))
                .toList();
        var override = checkConflicts(proposed, overrideReason);
        var session =
                sessions.save(new LiveSession(draft, offering, starts.getFirst(), override, currentUser.username()));
        var saved = starts.stream()
                .map(start -> occurrences.save(new SessionOccurrence(session, start)))
                .toList();
        return new Scheduled(session.getId(), saved.getFirst().getId(), saved.size());
    }

    /**
     * This week's occurrences (from Monday, UK time, so that this week's rosters can be marked) and all
     * later ones, soonest first, with their roster counts: all for administrators; for faculty, those of the
     * offerings they lead and the programme-wide ones they host.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<OccurrenceRow> upcoming() {
        var monday = LocalDate.ofInstant(clock.instant(), ProgrammeTime.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var scope = access.scope();
        long host = scope.all() ? -1 : currentUser.require().getStaffId();
        return readModels.rows(occurrences.findFrom(
                monday.atStartOfDay(ProgrammeTime.ZONE).toInstant(), scope.all(), scope.idsForQuery(), host));
    }

    /** Every occurrence of one series, past ones too; for its host or an administrator. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<OccurrenceRow> series(long sessionId) {
        var list = occurrences.findBySession(sessionId);
        if (list.isEmpty()) throw new RuleViolation("There is no session series with id " + sessionId + ".");
        sessionAccess.readable(list.getFirst().getId());
        return readModels.rows(list);
    }

    /** How many sessions (series) exist; the demo data adds its own only to a database without any. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countSessions() {
        return sessions.count();
    }

    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public OccurrenceDetails occurrence(long occurrenceId) {
        return readModels.details(sessionAccess.readable(occurrenceId));
    }

    /** Cancels one occurrence (the rest of the series stays); the reason is kept. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public void cancelOccurrence(long occurrenceId, long version, String reason) {
        var occurrence = sessionAccess.editable(occurrenceId, version);
        requireScheduled(occurrence);
        occurrence.cancel(requireReason(reason));
        notices.toRoster(SessionNoticeEvent.Kind.CANCELLED, occurrence, null);
    }

    /**
     * Moves one occurrence to another local start in the zone the series was planned in (the rest of
     * the series stays), checking conflicts as when scheduling.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public void moveOccurrence(
            long occurrenceId, long version, LocalDateTime newStart, String reason, @Nullable String overrideReason) {
        var occurrence = sessionAccess.editable(occurrenceId, version);
        requireScheduled(occurrence);
        var why = requireReason(reason);
        var session = occurrence.getSession();
        var start = newStart.atZone(session.getPlannedZone()).toInstant();
        if (!start.isAfter(clock.instant()))
            throw new RuleViolation("A session can be moved only to a time still to come.");
        var offering = session.getOffering();
        var slot = new SessionSlot(
                occurrenceId,
                session.getId(),
                session.getTitle(),
                session.getHostId(),
                "",
                offering == null ? null : offering.getCohort().getId(),
                "",
                start,
                start.plus(session.getDuration()));
        var override = checkConflicts(List.of(slot), overrideReason);
        var previous = occurrence.getStartsAt();
        occurrence.moveTo(start, override == null ? why : limit(why + " · " + override));
        notices.toRoster(SessionNoticeEvent.Kind.MOVED, occurrence, previous);
    }

    /**
     * Changes the meeting link of a whole series (administrators, or faculty for the sessions they host). Everyone on
     * the roster of the next scheduled occurrence is told, with a calendar update for it.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public void changeMeetingLink(long sessionId, long version, String link) {
        var list = occurrences.findBySession(sessionId);
        if (list.isEmpty()) throw new RuleViolation("There is no session series with id " + sessionId + ".");
        var first = sessionAccess.lockedReadable(list.getFirst().getId());
        var session = first.getSession();
        if (!currentUser.isAdmin() && !sessionAccess.hostedByMe(first)) {
            throw new AccessDeniedException("Faculty may change only the sessions they host.");
        }
        if (session.getVersion() != version)
            throw new ObjectOptimisticLockingFailureException(LiveSession.class, sessionId);
        if (!MeetingLinks.isValid(link))
            throw new RuleViolation(
                    "The meeting link must be a full https address, such as https://meet.example.org/abc.");
        if (session.getMeetingLink().equals(link.strip())) return;
        session.changeMeetingLink(link);
        sessions.flush();
        var now = clock.instant();
        list.stream()
                .filter(o -> o.getStatus() == OccurrenceStatus.SCHEDULED
                        && o.getStartsAt().isAfter(now))
                .findFirst()
                .ifPresent(next -> notices.toRoster(SessionNoticeEvent.Kind.LINK_CHANGED, next, null));
    }

    /**
     * For calendar feeds (read by the feed's system actor, see the calendar package): occurrences starting in
     * [from, to) of the given offerings, hosted by {@code hostId}, or booked by {@code learnerId} (with that
     * learner's booking and waiting position), soonest first. Cancelled ones are included.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<FeedOccurrence> feedOccurrences(
            Collection<Long> offeringIds, @Nullable Long hostId, @Nullable Long learnerId, Instant from, Instant to) {
        var list = occurrences.findForFeed(
                offeringIds.isEmpty() ? List.of(-1L) : offeringIds,
                hostId == null ? -1 : hostId,
                learnerId == null ? -1 : learnerId,
                from,
                to);
        if (list.isEmpty()) return List.of();
        var names = readModels.hostNames(
                list.stream().map(o -> o.getSession().getHostId()).toList());
        var booked = new HashMap<Long, BookingStatus>();
        if (learnerId != null)
            bookings.findActiveOfLearner(learnerId).forEach(b -> booked.put(b.getOccurrenceId(), b.getStatus()));
        var result = new ArrayList<FeedOccurrence>();
        for (var o : list) {
            var session = o.getSession();
            var booking = booked.get(o.getId());
            int waiting = booking == BookingStatus.WAITING && learnerId != null
                    ? SessionReadModels.bookingList(session, bookings.findActive(o.getId()))
                            .waitingPosition(learnerId)
                    : 0;
            result.add(new FeedOccurrence(
                    o.getId(),
                    o.getVersion() + session.getVersion(),
                    session.getId(),
                    session.getType(),
                    session.getTitle(),
                    SessionReadModels.forWhom(session.getOffering()),
                    names.getOrDefault(session.getHostId(), "?"),
                    o.getStartsAt(),
                    o.getEndsAt(),
                    session.getPlannedZone(),
                    o.getStatus(),
                    o.isMoved(),
                    o.getNote(),
                    session.getMeetingLink(),
                    booking,
                    waiting));
        }
        return result;
    }

    /**
     * For the calendar page: occurrences starting in [from, to) (cancelled ones too) of the given cohorts and
     * modules (empty: all; programme-wide sessions only when neither is chosen). Faculty get only the
     * sessions they host, of offerings they lead (or programme-wide), whatever they choose.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<CalendarOccurrence> calendar(
            Collection<Long> cohortIds, Collection<Long> moduleIds, Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).toDays() > 62) {
            throw new RuleViolation("Ask for at most two months of sessions at a time.");
        }
        Long host = currentUser.isAdmin() ? null : currentUser.require().getStaffId();
        // the faculty scope: a session of an offering its host no longer leads is no longer theirs to read
        var led = host == null ? List.of(-1L) : access.scope().idsForQuery();
        var list = occurrences.findForCalendar(
                from,
                to,
                host,
                led,
                cohortIds.isEmpty(),
                cohortIds.isEmpty() ? List.of(-1L) : cohortIds,
                moduleIds.isEmpty(),
                moduleIds.isEmpty() ? List.of(-1L) : moduleIds);
        var names = readModels.hostNames(
                list.stream().map(o -> o.getSession().getHostId()).toList());
        var now = clock.instant();
        return list.stream()
                .map(o -> {
                    var session = o.getSession();
                    return new CalendarOccurrence(
                            o.getId(),
                            o.getVersion(),
                            session.getId(),
                            session.getType(),
                            session.getTitle(),
                            SessionReadModels.forWhom(session.getOffering()),
                            names.getOrDefault(session.getHostId(), "?"),
                            o.getStartsAt(),
                            o.getEndsAt(),
                            session.getPlannedZone(),
                            o.getStatus(),
                            o.isMoved(),
                            OccurrenceRules.changeable(o.getStatus(), o.getStartsAt(), now));
                })
                .toList();
    }

    private @Nullable String checkConflicts(List<SessionSlot> proposed, @Nullable String overrideReason) {
        var from = proposed.stream()
                .map(SessionSlot::start)
                .min(Comparator.naturalOrder())
                .orElseThrow()
                .minus(LONGEST_SESSION);
        var to = proposed.stream()
                .map(SessionSlot::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        var scheduled = occurrences.findScheduledBetween(from, to);
        var names = readModels.hostNames(
                scheduled.stream().map(o -> o.getSession().getHostId()).toList());
        var conflicts = Conflicts.find(
                proposed, scheduled.stream().map(o -> slot(o, names)).toList());
        if (conflicts.isEmpty()) return null;
        if (overrideReason == null || overrideReason.isBlank()) throw new SessionConflictException(conflicts);
        TextRules.requireMultiLine("reason", overrideReason);
        if (!currentUser.isAdmin())
            throw new RuleViolation("Only an administrator can save despite a conflict. " + conflicts.getFirst());
        return limit("Conflict overridden by " + currentUser.username() + ": " + overrideReason.strip() + " ("
                + conflicts.getFirst() + ")");
    }

    private static SessionSlot slot(SessionOccurrence o, Map<Long, String> hostNames) {
        var session = o.getSession();
        var offering = session.getOffering();
        return new SessionSlot(
                o.getId(),
                session.getId(),
                session.getTitle(),
                session.getHostId(),
                hostNames.getOrDefault(session.getHostId(), "The host"),
                offering == null ? null : offering.getCohort().getId(),
                offering == null ? "the whole programme" : offering.getCohort().getName(),
                o.getStartsAt(),
                o.getEndsAt());
    }

    private void authorizeScheduling(long hostId, @Nullable Offering offering) {
        if (currentUser.isAdmin()) {
            if (!readModels.hostNames(Set.of(hostId)).containsKey(hostId)) {
                throw new RuleViolation("There is no member of staff with id " + hostId + ".");
            }
            return;
        }
        long me = currentUser.require().getStaffId();
        if (hostId != me) throw new AccessDeniedException("Faculty schedule only sessions they host themselves.");
        if (offering == null)
            throw new RuleViolation("Only administrators schedule programme-wide sessions; choose an offering.");
        if (!access.mayRead(offering.getId()))
            throw new AccessDeniedException("Faculty schedule only for the offerings they lead.");
    }

    private static void requireScheduled(SessionOccurrence occurrence) {
        if (occurrence.getStatus() != OccurrenceStatus.SCHEDULED) throw new RuleViolation("The session was cancelled.");
    }

    private static String requireReason(String reason) {
        var problem = OccurrenceRules.reasonProblem(reason);
        if (problem != null) throw new RuleViolation(problem);
        return limit(reason.strip());
    }

    private static String limit(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "\u2026";
    }

    private Offering offering(long offeringId) {
        var offering = entityManager.find(Offering.class, offeringId);
        if (offering == null) throw new RuleViolation("There is no offering with id " + offeringId + ".");
        return offering;
    }
}
