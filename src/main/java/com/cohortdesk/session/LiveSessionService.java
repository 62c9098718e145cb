package com.cohortdesk.session;

import com.cohortdesk.shared.TextRules;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.enrollment.Offering;
import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.LearnerLinkPrincipal;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.shared.ProgrammeTime;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions: scheduling (with conflict checks), rosters, bookings with a waiting list, attendance and
 * the time-zone planner. Faculty read and book the sessions of the offerings they lead ({@link OfferingAccess})
 * and the programme-wide sessions they host, schedule for the offerings they lead, and cancel or move only
 * the sessions they host; administrators work on all of them.
 */
@Service
public class LiveSessionService {

    private static final Duration LONGEST_SESSION = Duration.ofHours(8);

    private final LiveSessionRepository sessions;
    private final OccurrenceRepository occurrences;
    private final BookingRepository bookings;
    private final AttendanceRepository attendance;
    private final EntityManager entityManager;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final OfferingAccess access;
    private final Clock clock;
    private final BookingGuard guard;
    private final ApplicationEventPublisher events;
    private final AttendanceCounts attendanceCounts;

    LiveSessionService(LiveSessionRepository sessions, OccurrenceRepository occurrences, BookingRepository bookings,
            AttendanceRepository attendance, EntityManager entityManager, StaffService staff, CurrentUser currentUser,
            OfferingAccess access, Clock clock, @Value("${cohortdesk.sessions.booking-guard:2h}") String bookingGuard,
            ApplicationEventPublisher events, AttendanceCounts attendanceCounts) {
        this.events = events;
        this.attendanceCounts = attendanceCounts;
        this.access = access;
        this.sessions = sessions;
        this.occurrences = occurrences;
        this.bookings = bookings;
        this.attendance = attendance;
        this.entityManager = entityManager;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
        this.guard = new BookingGuard(DurationStyle.detectAndParse(bookingGuard));
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
        var hostName = hostNames(Set.of(draft.hostId())).get(draft.hostId());
        var proposed = starts.stream().map(start -> new SessionSlot(0, 0, draft.title().strip(), draft.hostId(), hostName,
                offering == null ? null : offering.getCohort().getId(), "", start, start.plus(draft.duration()))).toList();
        var override = checkConflicts(proposed, overrideReason);
        var session = sessions.save(new LiveSession(draft, offering, starts.getFirst(), override, currentUser.username()));
        var saved = starts.stream().map(start -> occurrences.save(new SessionOccurrence(session, start))).toList();
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
        var monday = LocalDate.ofInstant(clock.instant(), ProgrammeTime.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var scope = access.scope();
        long host = scope.all() ? -1 : currentUser.require().getStaffId();
        return rows(occurrences.findFrom(monday.atStartOfDay(ProgrammeTime.ZONE).toInstant(), scope.all(), scope.idsForQuery(), host));
    }

    /** Every occurrence of one series, past ones too; for its host or an administrator. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<OccurrenceRow> series(long sessionId) {
        var list = occurrences.findBySession(sessionId);
        if (list.isEmpty()) throw new RuleViolation("There is no session series with id " + sessionId + ".");
        readable(list.getFirst().getId());
        return rows(list);
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
        return details(readable(occurrenceId));
    }

    /** Who is expected (the offering's enrolled learners) and who booked, with attendance; by name. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<RosterLine> roster(long occurrenceId) {
        return rosterOf(readable(occurrenceId));
    }

    /**
     * Books a learner (staff book on a learner's behalf; the holder of a learner's personal link books only
     * that learner, and only an office hour of an offering they hold a place in); a full session puts them
     * on the waiting list.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY, LearnerLinkPrincipal.AUTHORITY})
    @Transactional
    public BookingStatus book(long occurrenceId, long learnerId) {
        requireOwnLearnerIfLink(learnerId);
        var occurrence = lockedReadable(occurrenceId);
        requireScheduled(occurrence);
        guard.check(occurrence.getStartsAt(), clock.instant());
        requireEligible(occurrence.getSession(), learnerId);
        var status = bookingList(occurrence.getSession(), bookings.findActive(occurrenceId)).book(learnerId);
        bookings.save(new SessionBooking(occurrenceId, learnerId, status, clock.instant(), currentUser.username()));
        var position = status == BookingStatus.WAITING ? bookingList(occurrence.getSession(), bookings.findActive(occurrenceId))
                .waitingPosition(learnerId) : 0;
        publish(status == BookingStatus.BOOKED ? SessionNoticeEvent.Kind.BOOKED : SessionNoticeEvent.Kind.WAITING, occurrence, null,
                attendees(Set.of(learnerId), position));
        return status;
    }

    /**
     * Cancels a booking or waiting place; returns the name of the learner promoted from the waiting list, if any
     * (to a personal link's holder, who cancels only their own, only whether someone was: never a name).
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY, LearnerLinkPrincipal.AUTHORITY})
    @Transactional
    public Optional<String> cancelBooking(long occurrenceId, long learnerId) {
        requireOwnLearnerIfLink(learnerId);
        var occurrence = lockedReadable(occurrenceId);
        guard.check(occurrence.getStartsAt(), clock.instant());
        var active = bookings.findActive(occurrenceId);
        var promoted = bookingList(occurrence.getSession(), active).cancel(learnerId);
        for (var booking : active) {
            if (booking.getLearnerId() == learnerId) booking.setStatus(BookingStatus.CANCELLED);
            if (promoted.isPresent() && booking.getLearnerId() == promoted.get()) booking.setStatus(BookingStatus.BOOKED);
        }
        publish(SessionNoticeEvent.Kind.BOOKING_CANCELLED, occurrence, null, attendees(Set.of(learnerId), 0));
        promoted.ifPresent(id -> publish(SessionNoticeEvent.Kind.PROMOTED, occurrence, null, attendees(Set.of(id), 0)));
        if (currentUser.learnerLink().isPresent()) return promoted.map(id -> "another learner");
        return promoted.map(id -> sessions.findLearners(Set.of(id)).getFirst().fullName());
    }

    /**
     * For the holder of a learner's personal link: the live sessions of the offerings the learner holds a
     * place in, from those under way now to {@code to}, soonest first, with the learner's booking, the
     * counts (never who), whether they may book, and the meeting link only from
     * {@link #MEETING_LINK_OPENS} before the start until the end.
     */
    @Secured(LearnerLinkPrincipal.AUTHORITY)
    @Transactional(readOnly = true)
    public List<LearnerSession> learnerSessions(Instant to) {
        long learnerId = currentUser.learnerLink().orElseThrow(() -> new AccessDeniedException("Only a personal link")).learnerId();
        var now = clock.instant();
        var list = occurrences.findForLearner(learnerId, now.minus(LONGEST_SESSION), to).stream()
                .filter(o -> o.getEndsAt().isAfter(now)).toList();
        if (list.isEmpty()) return List.of();
        var names = hostNames(list.stream().map(o -> o.getSession().getHostId()).toList());
        var result = new ArrayList<LearnerSession>();
        for (var o : list) {
            var session = o.getSession();
            var active = bookings.findActive(o.getId());
            var bookingList = bookingList(session, active);
            var mine = active.stream().filter(b -> b.getLearnerId() == learnerId).map(SessionBooking::getStatus).findFirst().orElse(null);
            var scheduled = o.getStatus() == OccurrenceStatus.SCHEDULED;
            var linkShown = scheduled && !now.isBefore(o.getStartsAt().minus(MEETING_LINK_OPENS)) && now.isBefore(o.getEndsAt());
            result.add(new LearnerSession(o.getId(), session.getType(), session.getTitle(), forWhom(session.getOffering()),
                    names.getOrDefault(session.getHostId(), "?"), o.getStartsAt(), o.getEndsAt(), session.getPlannedZone(), o.getStatus(),
                    o.isMoved(), o.getNote(), linkShown ? session.getMeetingLink() : null, session.getCapacity(), bookingList.booked(),
                    bookingList.waiting(), mine, bookingList.waitingPosition(learnerId),
                    session.getType() == SessionType.OFFICE_HOUR && scheduled && guard.isOpen(o.getStartsAt(), now)));
        }
        return result;
    }

    /** The meeting link shows on a learner's page from this long before the start. */
    public static final Duration MEETING_LINK_OPENS = Duration.ofMinutes(15);

    /** Marks one learner's attendance, made on the given version of the mark (-1: none yet). */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public void markAttendance(long occurrenceId, long learnerId, long version, AttendanceMark mark, @Nullable String note) {
        var occurrence = readable(occurrenceId);
        if (occurrence.getStatus() == OccurrenceStatus.CANCELLED) throw new RuleViolation("The session was cancelled.");
        if (occurrence.getStartsAt().isAfter(clock.instant().plus(Duration.ofHours(1)))) {
            throw new RuleViolation("Attendance can be marked from an hour before the start.");
        }
        var offering = occurrence.getSession().getOffering();
        if ((offering == null || sessions.countEnrolled(offering.getId(), learnerId) == 0)
                && bookings.findActive(occurrenceId).stream().noneMatch(b -> b.getLearnerId() == learnerId)
                && attendance.findByOccurrenceIdAndLearnerId(occurrenceId, learnerId).isEmpty()) {
            throw new RuleViolation("The learner is not on this session's roster.");
        }
        TextRules.requireSingleLine("note", note);
        var cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) throw new RuleViolation("A note is at most 500 characters.");
        var existing = attendance.findByOccurrenceIdAndLearnerId(occurrenceId, learnerId);
        if (existing.map(a -> a.getVersion() != version).orElse(version != -1)) {
            throw new ObjectOptimisticLockingFailureException(SessionAttendance.class, occurrenceId + "/" + learnerId);
        }
        var entry = existing.orElseGet(() -> new SessionAttendance(occurrenceId, learnerId));
        entry.mark(mark, cleanNote, clock.instant(), currentUser.username());
        try {
            attendance.saveAndFlush(entry);
        } catch (DataIntegrityViolationException e) {
            // Someone else's first mark for this learner was saved meanwhile: a concurrent edit like any other
            // (the view offers to reload; marked again on the new version, this mark and its author are kept).
            if (existing.isEmpty() && SessionAttendance.isDuplicateMark(e)) {
                throw new ObjectOptimisticLockingFailureException(SessionAttendance.class, occurrenceId + "/" + learnerId,
                        "Someone else marked this learner's attendance meanwhile.", e);
            }
            throw e;
        }
        attendanceCounts.marked(occurrenceId, learnerId);
    }

    /**
     * Rebuilds the attendance figures the dashboard reads (marks per occurrence, each learner's last sessions) from the
     * marks themselves: for marks written around this service (SQL by hand, a bulk load). Marking keeps them up to date.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void recountAttendance() {
        attendanceCounts.recount();
    }

    /** Cancels one occurrence (the rest of the series stays); the reason is kept. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public void cancelOccurrence(long occurrenceId, long version, String reason) {
        var occurrence = editable(occurrenceId, version);
        requireScheduled(occurrence);
        occurrence.cancel(requireReason(reason));
        publishToRoster(SessionNoticeEvent.Kind.CANCELLED, occurrence, null);
    }

    /**
     * Moves one occurrence to another local start in the zone the series was planned in (the rest of
     * the series stays), checking conflicts as when scheduling.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public void moveOccurrence(long occurrenceId, long version, LocalDateTime newStart, String reason,
            @Nullable String overrideReason) {
        var occurrence = editable(occurrenceId, version);
        requireScheduled(occurrence);
        var why = requireReason(reason);
        var session = occurrence.getSession();
        var start = newStart.atZone(session.getPlannedZone()).toInstant();
        if (!start.isAfter(clock.instant())) throw new RuleViolation("A session can be moved only to a time still to come.");
        var offering = session.getOffering();
        var slot = new SessionSlot(occurrenceId, session.getId(), session.getTitle(), session.getHostId(), "",
                offering == null ? null : offering.getCohort().getId(), "", start, start.plus(session.getDuration()));
        var override = checkConflicts(List.of(slot), overrideReason);
        var previous = occurrence.getStartsAt();
        occurrence.moveTo(start, override == null ? why : limit(why + " · " + override));
        publishToRoster(SessionNoticeEvent.Kind.MOVED, occurrence, previous);
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
        var first = lockedReadable(list.getFirst().getId());
        var session = first.getSession();
        if (!currentUser.isAdmin() && !hostedByMe(first)) throw new AccessDeniedException("Faculty may change only the sessions they host.");
        if (session.getVersion() != version) throw new ObjectOptimisticLockingFailureException(LiveSession.class, sessionId);
        if (!MeetingLinks.isValid(link)) throw new RuleViolation("The meeting link must be a full https address, such as https://meet.example.org/abc.");
        if (session.getMeetingLink().equals(link.strip())) return;
        session.changeMeetingLink(link);
        sessions.flush();
        var now = clock.instant();
        list.stream().filter(o -> o.getStatus() == OccurrenceStatus.SCHEDULED && o.getStartsAt().isAfter(now)).findFirst()
                .ifPresent(next -> publishToRoster(SessionNoticeEvent.Kind.LINK_CHANGED, next, null));
    }

    /** The roster and attendance of one occurrence as CSV (UTF-8, formula-safe cells). */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public void writeRosterCsv(long occurrenceId, OutputStream out) {
        var occurrence = readable(occurrenceId);
        try {
            RosterCsv.write(details(occurrence), rosterOf(occurrence), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The time-zone planner for an offering: how a weekly slot (weekday and UK time) falls for each
     * enrolled learner over every week of the offering's term, and the three best slots.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public PlannerReport plan(long offeringId, DayOfWeek day, LocalTime time, Duration duration) {
        if (!access.mayRead(offeringId)) throw new AccessDeniedException("Faculty may plan only for the offerings they lead.");
        var offering = offering(offeringId);
        var term = offering.getCohort().getTerms().get(offering.getTerm() - 1);
        var learners = sessions.findExpected(offeringId);
        long started = System.nanoTime();
        var byZone = new TreeMap<ZoneId, Integer>(Comparator.comparing(ZoneId::getId));
        learners.forEach(l -> byZone.merge(ZoneId.of(l.timeZone()), 1, Integer::sum));
        var proposed = TimeZonePlanner.evaluate(new TimeZonePlanner.Slot(day, time, duration), byZone, term);
        var best = TimeZonePlanner.best(byZone, term, duration, 3);
        long millis = (System.nanoTime() - started) / 1_000_000;
        var fits = new HashMap<String, TimeZonePlanner.ZoneFit>();
        proposed.zones().forEach(f -> fits.put(f.zone().getId(), f));
        var perLearner = learners.stream().map(l -> {
            var fit = fits.get(ZoneId.of(l.timeZone()).getId());
            return new PlannerReport.LearnerFit(l.fullName(), l.timeZone(), fit.describe(), fit.suitableWeeks(), fit.weeks());
        }).toList();
        return new PlannerReport(forWhom(offering), "term " + term.term() + ": " + term.startsOn() + " to " + term.endsOn(),
                learners.size(), proposed, perLearner, best, millis);
    }

    /**
     * For calendar feeds (read by the feed's system actor, see the calendar package): occurrences starting in
     * [from, to) of the given offerings, hosted by {@code hostId}, or booked by {@code learnerId} (with that
     * learner's booking and waiting position), soonest first. Cancelled ones are included.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<FeedOccurrence> feedOccurrences(Collection<Long> offeringIds, @Nullable Long hostId, @Nullable Long learnerId,
            Instant from, Instant to) {
        var list = occurrences.findForFeed(offeringIds.isEmpty() ? List.of(-1L) : offeringIds, hostId == null ? -1 : hostId,
                learnerId == null ? -1 : learnerId, from, to);
        if (list.isEmpty()) return List.of();
        var names = hostNames(list.stream().map(o -> o.getSession().getHostId()).toList());
        var booked = new HashMap<Long, BookingStatus>();
        if (learnerId != null) bookings.findActiveOfLearner(learnerId).forEach(b -> booked.put(b.getOccurrenceId(), b.getStatus()));
        var result = new ArrayList<FeedOccurrence>();
        for (var o : list) {
            var session = o.getSession();
            var booking = booked.get(o.getId());
            int waiting = booking == BookingStatus.WAITING && learnerId != null
                    ? bookingList(session, bookings.findActive(o.getId())).waitingPosition(learnerId) : 0;
            result.add(new FeedOccurrence(o.getId(), o.getVersion() + session.getVersion(), session.getId(), session.getType(),
                    session.getTitle(), forWhom(session.getOffering()), names.getOrDefault(session.getHostId(), "?"), o.getStartsAt(),
                    o.getEndsAt(), session.getPlannedZone(), o.getStatus(), o.isMoved(), o.getNote(), session.getMeetingLink(), booking,
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
    public List<CalendarOccurrence> calendar(Collection<Long> cohortIds, Collection<Long> moduleIds, Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).toDays() > 62) {
            throw new RuleViolation("Ask for at most two months of sessions at a time.");
        }
        Long host = currentUser.isAdmin() ? null : currentUser.require().getStaffId();
        // the faculty scope: a session of an offering its host no longer leads is no longer theirs to read
        var led = host == null ? List.of(-1L) : access.scope().idsForQuery();
        var list = occurrences.findForCalendar(from, to, host, led, cohortIds.isEmpty(), cohortIds.isEmpty() ? List.of(-1L) : cohortIds,
                moduleIds.isEmpty(), moduleIds.isEmpty() ? List.of(-1L) : moduleIds);
        var names = hostNames(list.stream().map(o -> o.getSession().getHostId()).toList());
        return list.stream().map(o -> {
            var session = o.getSession();
            return new CalendarOccurrence(o.getId(), o.getVersion(), session.getId(), session.getType(), session.getTitle(),
                    forWhom(session.getOffering()), names.getOrDefault(session.getHostId(), "?"), o.getStartsAt(), o.getEndsAt(),
                    session.getPlannedZone(), o.getStatus(), o.isMoved());
        }).toList();
    }

    /** Tells everyone on the occurrence's roster (expected, booked or waiting), after the change is flushed. */
    private void publishToRoster(SessionNoticeEvent.Kind kind, SessionOccurrence occurrence, @Nullable Instant previousStart) {
        occurrences.flush();
        var recipients = rosterOf(occurrence).stream().filter(l -> l.expected() || l.booking() != null)
                .map(l -> new SessionNoticeEvent.Attendee(l.learnerId(), l.fullName(), l.email(), l.timeZone(), l.waitingPosition()))
                .toList();
        publish(kind, occurrence, previousStart, recipients);
    }

    private List<SessionNoticeEvent.Attendee> attendees(Set<Long> learnerIds, int waitingPosition) {
        return sessions.findLearners(learnerIds).stream()
                .map(l -> new SessionNoticeEvent.Attendee(l.learnerId(), l.fullName(), l.email(), l.timeZone(), waitingPosition)).toList();
    }

    private void publish(SessionNoticeEvent.Kind kind, SessionOccurrence o, @Nullable Instant previousStart,
            List<SessionNoticeEvent.Attendee> recipients) {
        if (recipients.isEmpty()) return;
        var session = o.getSession();
        var offering = session.getOffering();
        events.publishEvent(new SessionNoticeEvent(kind, o.getId(), session.getId(), offering == null ? null : offering.getId(),
                session.getHostId(), session.getType(), session.getTitle(), forWhom(offering),
                hostNames(Set.of(session.getHostId())).getOrDefault(session.getHostId(), "?"), o.getStartsAt(), o.getEndsAt(),
                previousStart, session.getPlannedZone(), session.getMeetingLink(), o.getNote(), o.getVersion() + session.getVersion(),
                o.getStatus() == OccurrenceStatus.CANCELLED, recipients));
    }

    private @Nullable String checkConflicts(List<SessionSlot> proposed, @Nullable String overrideReason) {
        var from = proposed.stream().map(SessionSlot::start).min(Comparator.naturalOrder()).orElseThrow().minus(LONGEST_SESSION);
        var to = proposed.stream().map(SessionSlot::end).max(Comparator.naturalOrder()).orElseThrow();
        var scheduled = occurrences.findScheduledBetween(from, to);
        var names = hostNames(scheduled.stream().map(o -> o.getSession().getHostId()).toList());
        var conflicts = Conflicts.find(proposed, scheduled.stream().map(o -> slot(o, names)).toList());
        if (conflicts.isEmpty()) return null;
        if (overrideReason == null || overrideReason.isBlank()) throw new SessionConflictException(conflicts);
        TextRules.requireMultiLine("reason", overrideReason);
        if (!currentUser.isAdmin()) throw new RuleViolation("Only an administrator can save despite a conflict. "
                + conflicts.getFirst());
        return limit("Conflict overridden by " + currentUser.username() + ": " + overrideReason.strip() + " (" + conflicts.getFirst() + ")");
    }

    private static SessionSlot slot(SessionOccurrence o, Map<Long, String> hostNames) {
        var session = o.getSession();
        var offering = session.getOffering();
        return new SessionSlot(o.getId(), session.getId(), session.getTitle(), session.getHostId(),
                hostNames.getOrDefault(session.getHostId(), "The host"), offering == null ? null : offering.getCohort().getId(),
                offering == null ? "the whole programme" : offering.getCohort().getName(), o.getStartsAt(), o.getEndsAt());
    }

    private void authorizeScheduling(long hostId, @Nullable Offering offering) {
        if (currentUser.isAdmin()) {
            if (!hostNames(Set.of(hostId)).containsKey(hostId)) {
                throw new RuleViolation("There is no member of staff with id " + hostId + ".");
            }
            return;
        }
        long me = currentUser.require().getStaffId();
        if (hostId != me) throw new AccessDeniedException("Faculty schedule only sessions they host themselves.");
        if (offering == null) throw new RuleViolation("Only administrators schedule programme-wide sessions; choose an offering.");
        if (!access.mayRead(offering.getId())) throw new AccessDeniedException("Faculty schedule only for the offerings they lead.");
    }

    private void requireEligible(LiveSession session, long learnerId) {
        var offering = session.getOffering();
        if (offering != null ? sessions.countEnrolled(offering.getId(), learnerId) == 0 : sessions.countActive(learnerId) == 0) {
            throw new RuleViolation(offering != null ? "Only learners enrolled in the offering can book this session."
                    : "Only active learners can book this session.");
        }
    }

    private static void requireScheduled(SessionOccurrence occurrence) {
        if (occurrence.getStatus() != OccurrenceStatus.SCHEDULED) throw new RuleViolation("The session was cancelled.");
    }

    private static String requireReason(String reason) {
        if (reason.isBlank()) throw new RuleViolation("Give a reason; learners and colleagues will see it.");
        TextRules.requireSingleLine("reason", reason);
        return limit(reason.strip());
    }

    private static String limit(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "\u2026";
    }

    private static BookingList bookingList(LiveSession session, List<SessionBooking> active) {
        return new BookingList(session.getCapacity(),
                active.stream().map(b -> new BookingList.Place(b.getLearnerId(), b.getStatus())).toList());
    }

    private Offering offering(long offeringId) {
        var offering = entityManager.find(Offering.class, offeringId);
        if (offering == null) throw new RuleViolation("There is no offering with id " + offeringId + ".");
        return offering;
    }

    private SessionOccurrence readable(long occurrenceId) {
        var occurrence = occurrences.findWithSession(occurrenceId)
                .orElseThrow(() -> new RuleViolation("There is no session with id " + occurrenceId + "."));
        if (currentUser.isAdmin()) return occurrence;
        var link = currentUser.learnerLink();
        if (link.isPresent()) {
            var offering = occurrence.getSession().getOffering();
            if (occurrence.getSession().getType() != SessionType.OFFICE_HOUR || offering == null
                    || sessions.countEnrolled(offering.getId(), link.get().learnerId()) == 0) {
                throw new AccessDeniedException("A personal link books only the office hours of the learner's own offerings.");
            }
            return occurrence;
        }
        var offering = occurrence.getSession().getOffering();
        if (offering != null ? !access.mayRead(offering.getId()) : !hostedByMe(occurrence)) {
            throw new AccessDeniedException(offering != null ? "Faculty may open only the sessions of the offerings they lead."
                    : "Faculty may open only the programme-wide sessions they host.");
        }
        return occurrence;
    }

    /** A personal link's holder books and cancels for their own learner only. */
    private void requireOwnLearnerIfLink(long learnerId) {
        var link = currentUser.learnerLink();
        if (link.isPresent() && link.get().learnerId() != learnerId) {
            throw new AccessDeniedException("A personal link books only for its own learner.");
        }
    }

    private boolean hostedByMe(SessionOccurrence occurrence) {
        return occurrence.getSession().getHostId() == currentUser.require().getStaffId();
    }

    private SessionOccurrence lockedReadable(long occurrenceId) {
        occurrences.findForUpdate(occurrenceId);
        return readable(occurrenceId);
    }

    private SessionOccurrence editable(long occurrenceId, long version) {
        var occurrence = lockedReadable(occurrenceId);
        if (!currentUser.isAdmin() && !hostedByMe(occurrence)) {
            throw new AccessDeniedException("Faculty may cancel or move only the sessions they host.");
        }
        if (occurrence.getVersion() != version) throw new ObjectOptimisticLockingFailureException(SessionOccurrence.class, occurrenceId);
        return occurrence;
    }

    private Map<Long, String> hostNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : staff.displayNames(new HashSet<>(ids));
    }

    private static String forWhom(@Nullable Offering offering) {
        if (offering == null) return "Programme-wide";
        return offering.getModule().getCode() + " " + offering.getModule().getTitle() + " · " + offering.getCohort().getName()
                + ", term " + offering.getTerm();
    }

    private OccurrenceDetails details(SessionOccurrence o) {
        var session = o.getSession();
        var offering = session.getOffering();
        return new OccurrenceDetails(o.getId(), o.getVersion(), session.getId(), session.getType(), session.getTitle(),
                offering == null ? null : offering.getId(), forWhom(offering), session.getHostId(),
                hostNames(Set.of(session.getHostId())).getOrDefault(session.getHostId(), "?"), o.getStartsAt(), o.getEndsAt(),
                session.getPlannedZone(), o.getStatus(), o.isMoved(), o.getNote(), session.getMeetingLink(), session.getCapacity(),
                o.getStatus() == OccurrenceStatus.SCHEDULED && guard.isOpen(o.getStartsAt(), clock.instant()),
                session.getOverrideReason());
    }

    private List<RosterLine> rosterOf(SessionOccurrence occurrence) {
        var session = occurrence.getSession();
        var offering = session.getOffering();
        var learners = new LinkedHashMap<Long, LearnerLine>();
        var expected = new HashSet<Long>();
        if (offering != null) {
            sessions.findExpected(offering.getId()).forEach(l -> {
                learners.put(l.learnerId(), l);
                expected.add(l.learnerId());
            });
        }
        var active = bookings.findActive(occurrence.getId());
        var list = bookingList(session, active);
        var statuses = new HashMap<Long, BookingStatus>();
        var bookedBy = new HashMap<Long, String>();
        active.forEach(b -> {
            statuses.put(b.getLearnerId(), b.getStatus());
            bookedBy.put(b.getLearnerId(), b.getBookedBy());
        });
        var marks = new HashMap<Long, SessionAttendance>();
        attendance.findByOccurrenceId(occurrence.getId()).forEach(a -> marks.put(a.getLearnerId(), a));
        var missing = new HashSet<Long>(statuses.keySet());
        missing.addAll(marks.keySet());
        missing.removeAll(learners.keySet());
        if (!missing.isEmpty()) sessions.findLearners(missing).forEach(l -> learners.put(l.learnerId(), l));
        var lines = new ArrayList<RosterLine>();
        for (var l : learners.values()) {
            var mark = marks.get(l.learnerId());
            lines.add(new RosterLine(l.learnerId(), l.fullName(), l.email(), l.timeZone(), expected.contains(l.learnerId()),
                    statuses.get(l.learnerId()), list.waitingPosition(l.learnerId()), mark == null ? null : mark.getMark(),
                    mark == null ? null : mark.getNote(), mark == null ? -1 : mark.getVersion(), bookedBy.get(l.learnerId())));
        }
        lines.sort(Comparator.comparing(RosterLine::fullName).thenComparing(RosterLine::learnerId));
        return lines;
    }

    private List<OccurrenceRow> rows(List<SessionOccurrence> list) {
        if (list.isEmpty()) return List.of();
        var offeringIds = list.stream().map(o -> o.getSession().getOffering()).filter(java.util.Objects::nonNull)
                .map(Offering::getId).distinct().toList();
        var expected = new HashMap<Long, Long>();
        if (!offeringIds.isEmpty()) sessions.countExpected(offeringIds).forEach(r -> expected.put((Long) r[0], (Long) r[1]));
        var booked = new HashMap<Long, Long>();
        var waiting = new HashMap<Long, Long>();
        for (var part : partition(list.stream().map(SessionOccurrence::getId).toList())) {
            bookings.countActive(part).forEach(r -> (r[1] == BookingStatus.BOOKED ? booked : waiting).put((Long) r[0], (Long) r[2]));
        }
        var names = hostNames(list.stream().map(o -> o.getSession().getHostId()).toList());
        return list.stream().map(o -> {
            var session = o.getSession();
            var offering = session.getOffering();
            return new OccurrenceRow(o.getId(), session.getId(), session.getType(), session.getTitle(), forWhom(offering),
                    session.getHostId(), names.getOrDefault(session.getHostId(), "?"), o.getStartsAt(), o.getEndsAt(), o.getStatus(),
                    o.isMoved(), session.getCapacity(), offering == null ? 0 : expected.getOrDefault(offering.getId(), 0L),
                    booked.getOrDefault(o.getId(), 0L), waiting.getOrDefault(o.getId(), 0L));
        }).toList();
    }

    private static List<List<Long>> partition(List<Long> ids) {
        var parts = new ArrayList<List<Long>>();
        for (int i = 0; i < ids.size(); i += 500) parts.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        return parts;
    }
}
