package com.cohortdesk.session;

import com.cohortdesk.enrollment.Offering;
import com.cohortdesk.security.StaffService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/** Builds the read models the session services return (details, rows, roster lines), inside their transactions. */
@Component
class SessionReadModels {

    private final BookingRepository bookings;
    private final AttendanceRepository attendance;
    private final SessionLearners learners;
    private final StaffService staff;
    private final Clock clock;
    private final BookingGuard guard;

    SessionReadModels(
            BookingRepository bookings,
            AttendanceRepository attendance,
            SessionLearners learners,
            StaffService staff,
            Clock clock,
            @Value("${cohortdesk.sessions.booking-guard:2h}") String bookingGuard) {
        this.bookings = bookings;
        this.attendance = attendance;
        this.learners = learners;
        this.staff = staff;
        this.clock = clock;
        this.guard = new BookingGuard(DurationStyle.detectAndParse(bookingGuard));
    }

    BookingGuard guard() {
        return guard;
    }

    Map<Long, String> hostNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : staff.displayNames(new HashSet<>(ids));
    }

    String hostName(LiveSession session) {
        return hostNames(Set.of(session.getHostId())).getOrDefault(session.getHostId(), "?");
    }

    static String forWhom(@Nullable Offering offering) {
        if (offering == null) return "Programme-wide";
        return offering.getModule().getCode() + " " + offering.getModule().getTitle() + " · "
                + offering.getCohort().getName() + ", term " + offering.getTerm();
    }

    static BookingList bookingList(LiveSession session, List<SessionBooking> active) {
        return new BookingList(
                session.getCapacity(),
                active.stream()
                        .map(b -> new BookingList.Place(b.getLearnerId(), b.getStatus()))
                        .toList());
    }

    OccurrenceDetails details(SessionOccurrence o) {
        var session = o.getSession();
        var now = clock.instant();
        return new OccurrenceDetails(
                o.getId(),
                o.getVersion(),
                session.getId(),
                session.getType(),
                session.getTitle(),
                session.getOfferingId(),
                forWhom(session.getOffering()),
                session.getHostId(),
                hostName(session),
                o.getStartsAt(),
                o.getEndsAt(),
                session.getPlannedZone(),
                o.getStatus(),
                o.isMoved(),
                o.getNote(),
                session.getMeetingLink(),
                session.getCapacity(),
                o.getStatus() == OccurrenceStatus.SCHEDULED && guard.isOpen(o.getStartsAt(), now),
                session.getOverrideReason(),
                OccurrenceRules.attendanceOpen(o.getStatus(), o.getStartsAt(), now),
                OccurrenceRules.changeable(o.getStatus(), o.getStartsAt(), now));
    }

    /** Who is expected (the offering's enrolled learners) and who booked, with attendance; by name. */
    List<RosterLine> roster(SessionOccurrence occurrence) {
        var session = occurrence.getSession();
        var offeringId = session.getOfferingId();
        var lines = new LinkedHashMap<Long, LearnerLine>();
        var expected = new HashSet<Long>();
        if (offeringId != null) {
            learners.expected(offeringId).forEach(l -> {
                lines.put(l.learnerId(), l);
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
        missing.removeAll(lines.keySet());
        if (!missing.isEmpty()) learners.learners(missing).forEach(l -> lines.put(l.learnerId(), l));
        var result = new ArrayList<RosterLine>();
        for (var l : lines.values()) {
            var mark = marks.get(l.learnerId());
            result.add(new RosterLine(
                    l.learnerId(),
                    l.fullName(),
                    l.email(),
                    l.timeZone(),
                    expected.contains(l.learnerId()),
                    statuses.get(l.learnerId()),
                    list.waitingPosition(l.learnerId()),
                    mark == null ? null : mark.getMark(),
                    mark == null ? null : mark.getNote(),
                    mark == null ? -1 : mark.getVersion(),
                    bookedBy.get(l.learnerId())));
        }
        result.sort(Comparator.comparing(RosterLine::fullName).thenComparing(RosterLine::learnerId));
        return result;
    }

    /** One learner's line of the roster, as {@link #roster} has it (after a change to that learner only). */
    RosterLine rosterLine(SessionOccurrence occurrence, long learnerId) {
        var learner = learners.learners(Set.of(learnerId)).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No learner with id " + learnerId));
        var offeringId = occurrence.getSession().getOfferingId();
        var active = bookings.findActive(occurrence.getId());
        var booking = active.stream().filter(b -> b.getLearnerId() == learnerId).findFirst();
        var mark = attendance.findByOccurrenceIdAndLearnerId(occurrence.getId(), learnerId);
        return new RosterLine(
                learnerId,
                learner.fullName(),
                learner.email(),
                learner.timeZone(),
                offeringId != null && learners.isEnrolled(offeringId, learnerId),
                booking.map(SessionBooking::getStatus).orElse(null),
                bookingList(occurrence.getSession(), active).waitingPosition(learnerId),
                mark.map(SessionAttendance::getMark).orElse(null),
                mark.map(SessionAttendance::getNote).orElse(null),
                mark.map(SessionAttendance::getVersion).orElse(-1L),
                booking.map(SessionBooking::getBookedBy).orElse(null));
    }

    List<OccurrenceRow> rows(List<SessionOccurrence> list) {
        if (list.isEmpty()) return List.of();
        var offeringIds = list.stream()
                .map(o -> o.getSession().getOfferingId())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        var expected = learners.expectedCounts(offeringIds);
        var booked = new HashMap<Long, Long>();
        var waiting = new HashMap<Long, Long>();
        for (var part : partition(list.stream().map(SessionOccurrence::getId).toList())) {
            bookings.countActive(part)
                    .forEach(r -> (r[1] == BookingStatus.BOOKED ? booked : waiting).put((Long) r[0], (Long) r[2]));
        }
        var names = hostNames(list.stream().map(o -> o.getSession().getHostId()).toList());
        return list.stream()
                .map(o -> {
                    var session = o.getSession();
                    var offeringId = session.getOfferingId();
                    return new OccurrenceRow(
                            o.getId(),
                            session.getId(),
                            session.getType(),
                            session.getTitle(),
                            forWhom(session.getOffering()),
                            session.getHostId(),
                            names.getOrDefault(session.getHostId(), "?"),
                            o.getStartsAt(),
                            o.getEndsAt(),
                            o.getStatus(),
                            o.isMoved(),
                            session.getCapacity(),
                            offeringId == null ? 0 : expected.getOrDefault(offeringId, 0L),
                            booked.getOrDefault(o.getId(), 0L),
                            waiting.getOrDefault(o.getId(), 0L));
                })
                .toList();
    }

    private static List<List<Long>> partition(List<Long> ids) {
        var parts = new ArrayList<List<Long>>();
        for (int i = 0; i < ids.size(); i += 500) parts.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        return parts;
    }
}
