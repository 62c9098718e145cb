package com.cohortdesk.session;

import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.LearnerLinkPrincipal;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.shared.TextRules;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An occurrence's roster: who is expected and who booked (bookings with a waiting list), attendance, the roster as
 * CSV, and a learner's own sessions for their personal page. Who may read which occurrence: {@link SessionAccess}
 * (faculty the sessions of the offerings they lead, {@link OfferingAccess}, and the programme-wide ones they host).
 */
@Service
public class SessionRosterService {

    /** The meeting link shows on a learner's page from this long before the start. */
    public static final Duration MEETING_LINK_OPENS = Duration.ofMinutes(15);

    private final OccurrenceRepository occurrences;
    private final BookingRepository bookings;
    private final AttendanceRepository attendance;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SessionAccess sessionAccess;
    private final SessionReadModels readModels;
    private final SessionLearners learners;
    private final SessionNotices notices;
    private final AttendanceCounts attendanceCounts;

    SessionRosterService(
            OccurrenceRepository occurrences,
            BookingRepository bookings,
            AttendanceRepository attendance,
            CurrentUser currentUser,
            Clock clock,
            SessionAccess sessionAccess,
            SessionReadModels readModels,
            SessionLearners learners,
            SessionNotices notices,
            AttendanceCounts attendanceCounts) {
        this.attendanceCounts = attendanceCounts;
        this.occurrences = occurrences;
        this.bookings = bookings;
        this.attendance = attendance;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sessionAccess = sessionAccess;
        this.readModels = readModels;
        this.learners = learners;
        this.notices = notices;
    }

    /** Who is expected (the offering's enrolled learners) and who booked, with attendance; by name. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<RosterLine> roster(long occurrenceId) {
        return readModels.roster(sessionAccess.readable(occurrenceId));
    }

    /**
     * Books a learner (staff book on a learner's behalf; the holder of a learner's personal link books only
     * that learner, and only an office hour of an offering they hold a place in); a full session puts them
     * on the waiting list.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY, LearnerLinkPrincipal.AUTHORITY})
    @Transactional
    public BookingStatus book(long occurrenceId, long learnerId) {
        sessionAccess.requireOwnLearnerIfLink(learnerId);
        var occurrence = sessionAccess.lockedReadable(occurrenceId);
        if (occurrence.getStatus() != OccurrenceStatus.SCHEDULED) throw new RuleViolation("The session was cancelled.");
        readModels.guard().check(occurrence.getStartsAt(), clock.instant());
        requireEligible(occurrence.getSession(), learnerId);
        var session = occurrence.getSession();
        var status = SessionReadModels.bookingList(session, bookings.findActive(occurrenceId))
                .book(learnerId);
        bookings.save(new SessionBooking(occurrenceId, learnerId, status, clock.instant(), currentUser.username()));
        var position = status == BookingStatus.WAITING
                ? SessionReadModels.bookingList(session, bookings.findActive(occurrenceId))
                        .waitingPosition(learnerId)
                : 0;
        notices.toLearner(
                status == BookingStatus.BOOKED ? SessionNoticeEvent.Kind.BOOKED : SessionNoticeEvent.Kind.WAITING,
                occurrence,
                learnerId,
                position);
        return status;
    }

    /**
     * Cancels a booking or waiting place; returns the name of the learner promoted from the waiting list, if any
     * (to a personal link's holder, who cancels only their own, only whether someone was: never a name).
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY, LearnerLinkPrincipal.AUTHORITY})
    @Transactional
    public Optional<String> cancelBooking(long occurrenceId, long learnerId) {
        sessionAccess.requireOwnLearnerIfLink(learnerId);
        var occurrence = sessionAccess.lockedReadable(occurrenceId);
        readModels.guard().check(occurrence.getStartsAt(), clock.instant());
        var active = bookings.findActive(occurrenceId);
        var promoted =
                SessionReadModels.bookingList(occurrence.getSession(), active).cancel(learnerId);
        for (var booking : active) {
            if (booking.getLearnerId() == learnerId) booking.setStatus(BookingStatus.CANCELLED);
            if (promoted.isPresent() && booking.getLearnerId() == promoted.get())
                booking.setStatus(BookingStatus.BOOKED);
        }
        notices.toLearner(SessionNoticeEvent.Kind.BOOKING_CANCELLED, occurrence, learnerId, 0);
        promoted.ifPresent(id -> notices.toLearner(SessionNoticeEvent.Kind.PROMOTED, occurrence, id, 0));
        if (currentUser.learnerLink().isPresent()) return promoted.map(id -> "another learner");
        return promoted.map(id -> learners.learners(Set.of(id)).getFirst().fullName());
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
        long learnerId = currentUser
                .learnerLink()
                .orElseThrow(() -> new AccessDeniedException("Only a personal link"))
                .learnerId();
        var now = clock.instant();
        var offeringIds = learners.offeringsOf(learnerId);
        if (offeringIds.isEmpty()) return List.of();
        var list =
                occurrences
                        .findOfOfferings(offeringIds, now.minus(SessionSchedulingService.LONGEST_SESSION), to)
                        .stream()
                        .filter(o -> o.getEndsAt().isAfter(now))
                        .toList();
        if (list.isEmpty()) return List.of();
        var names = readModels.hostNames(
                list.stream().map(o -> o.getSession().getHostId()).toList());
        var guard = readModels.guard();
        var result = new ArrayList<LearnerSession>();
        for (var o : list) {
            var session = o.getSession();
            var active = bookings.findActive(o.getId());
            var bookingList = SessionReadModels.bookingList(session, active);
            var mine = active.stream()
                    .filter(b -> b.getLearnerId() == learnerId)
                    .map(SessionBooking::getStatus)
                    .findFirst()
                    .orElse(null);
            var scheduled = o.getStatus() == OccurrenceStatus.SCHEDULED;
            var linkShown = scheduled
                    && !now.isBefore(o.getStartsAt().minus(MEETING_LINK_OPENS))
                    && now.isBefore(o.getEndsAt());
            result.add(new LearnerSession(
                    o.getId(),
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
                    linkShown ? session.getMeetingLink() : null,
                    session.getCapacity(),
                    bookingList.booked(),
                    bookingList.waiting(),
                    mine,
                    bookingList.waitingPosition(learnerId),
                    session.getType() == SessionType.OFFICE_HOUR && scheduled && guard.isOpen(o.getStartsAt(), now)));
        }
        return result;
    }

    /**
     * Marks one learner's attendance, made on the given version of the mark (-1: none yet); returns the learner's
     * roster line as it now is.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public RosterLine markAttendance(
            long occurrenceId, long learnerId, long version, AttendanceMark mark, @Nullable String note) {
        var occurrence = sessionAccess.readable(occurrenceId);
        var refusal =
                OccurrenceRules.attendanceRefusal(occurrence.getStatus(), occurrence.getStartsAt(), clock.instant());
        if (refusal.isPresent()) throw new RuleViolation(refusal.get());
        var offeringId = occurrence.getSession().getOfferingId();
        if ((offeringId == null || !learners.isEnrolled(offeringId, learnerId))
                && bookings.findActive(occurrenceId).stream().noneMatch(b -> b.getLearnerId() == learnerId)
                && attendance
                        .findByOccurrenceIdAndLearnerId(occurrenceId, learnerId)
                        .isEmpty()) {
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
                throw new ObjectOptimisticLockingFailureException(
                        SessionAttendance.class,
                        occurrenceId + "/" + learnerId,
                        "Someone else marked this learner's attendance meanwhile.",
                        e);
            }
            throw e;
        }
        attendanceCounts.marked(occurrenceId, learnerId);
        return readModels.rosterLine(occurrence, learnerId);
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

    /** The roster and attendance of one occurrence as CSV (UTF-8, formula-safe cells). */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public void writeRosterCsv(long occurrenceId, OutputStream out) {
        var occurrence = sessionAccess.readable(occurrenceId);
        try {
            RosterCsv.write(readModels.details(occurrence), readModels.roster(occurrence), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireEligible(LiveSession session, long learnerId) {
        var offeringId = session.getOfferingId();
        if (offeringId != null ? !learners.isEnrolled(offeringId, learnerId) : !learners.isActive(learnerId)) {
            throw new RuleViolation(
                    offeringId != null
                            ? "Only learners enrolled in the offering can book this session."
                            : "Only active learners can book this session.");
        }
    }
}
