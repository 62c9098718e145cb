package com.cohortdesk.calendar;

import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.AssessmentService;
import com.cohortdesk.assessment.DeadlineFormat;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.assessment.LearnerDeadline;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.EnrollmentStatus;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.enrollment.PlanEntry;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.session.BookingStatus;
import com.cohortdesk.session.FeedOccurrence;
import com.cohortdesk.session.OccurrenceStatus;
import com.cohortdesk.session.SessionSchedulingService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads one subject's feed content through the owning services (as {@link FeedActor}) and turns it into
 * {@link FeedEvent}s: sessions with a stable UID per occurrence, deadlines as events of no length with
 * an alarm 24 hours before.
 */
@Component
class FeedReader {

    static final Duration ALARM = Duration.ofHours(24);

    private final LearnerService learners;
    private final CohortService cohorts;
    private final StaffService staff;
    private final EnrollmentService enrollments;
    private final OfferingService offerings;
    private final SessionSchedulingService sessions;
    private final AssessmentService assessments;
    private final ExtensionService extensions;

    FeedReader(
            LearnerService learners,
            CohortService cohorts,
            StaffService staff,
            EnrollmentService enrollments,
            OfferingService offerings,
            SessionSchedulingService sessions,
            AssessmentService assessments,
            ExtensionService extensions) {
        this.learners = learners;
        this.cohorts = cohorts;
        this.staff = staff;
        this.enrollments = enrollments;
        this.offerings = offerings;
        this.sessions = sessions;
        this.assessments = assessments;
        this.extensions = extensions;
    }

    FeedCalendar read(FeedSubject subject, long subjectId, LocalDate firstDay, Instant stamp) {
        return FeedActor.call(() -> switch (subject) {
            case LEARNER -> learner(subjectId, firstDay, stamp);
            case COHORT -> cohort(subjectId, firstDay, stamp);
            case FACULTY -> faculty(subjectId, firstDay, stamp);
        });
    }

    private FeedCalendar learner(long learnerId, LocalDate firstDay, Instant stamp) {
        var learner = learners.get(learnerId);
        var window = FeedWindow.of(firstDay, cohorts.get(learner.cohortId()).terms());
        var offeringIds = enrollments.plan(learnerId).entries().stream()
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                .map(PlanEntry::offeringId)
                .distinct()
                .toList();
        var events = new ArrayList<FeedEvent>();
        sessions.feedOccurrences(offeringIds, null, learnerId, window.from(), window.to())
                .forEach(o -> events.add(session(o)));
        extensions.learnerDeadlines(learnerId).stream()
                .filter(d -> window.contains(d.effective().due()))
                .forEach(d -> events.add(deadline(d)));
        return new FeedCalendar(
                learner.fullName() + " · " + learner.cohortName() + " (Cohort Desk)", stamp, sorted(events));
    }

    private FeedCalendar cohort(long cohortId, LocalDate firstDay, Instant stamp) {
        var cohort = cohorts.get(cohortId);
        var window = FeedWindow.of(firstDay, cohort.terms());
        var offeringIds = offerings.offerings(cohortId, null).stream()
                .map(OfferingRow::id)
                .toList();
        var events = new ArrayList<FeedEvent>();
        sessions.feedOccurrences(offeringIds, null, null, window.from(), window.to())
                .forEach(o -> events.add(session(o)));
        assessments.feedDeadlines(cohortId, null).stream()
                .filter(a -> window.contains(a.due()))
                .forEach(a -> events.add(deadline(a)));
        return new FeedCalendar(cohort.name() + " (Cohort Desk)", stamp, sorted(events));
    }

    private FeedCalendar faculty(long staffId, LocalDate firstDay, Instant stamp) {
        var member = staff.get(staffId);
        var window = FeedWindow.open(firstDay);
        var events = new ArrayList<FeedEvent>();
        sessions.feedOccurrences(List.of(), staffId, null, window.from(), window.to())
                .forEach(o -> events.add(session(o)));
        assessments.feedDeadlines(null, staffId).stream()
                .filter(a -> window.contains(a.due()))
                .forEach(a -> events.add(deadline(a)));
        return new FeedCalendar(member.displayName() + ": sessions and deadlines (Cohort Desk)", stamp, sorted(events));
    }

    private static List<FeedEvent> sorted(List<FeedEvent> events) {
        return events.stream()
                .sorted(Comparator.comparing(FeedEvent::start).thenComparing(FeedEvent::uid))
                .toList();
    }

    static String occurrenceUid(long occurrenceId) {
        return CalendarUids.occurrence(occurrenceId);
    }

    static String deadlineUid(long assessmentId) {
        return CalendarUids.deadline(assessmentId);
    }

    static FeedEvent session(FeedOccurrence o) {
        var cancelled = o.status() == OccurrenceStatus.CANCELLED;
        var text = new ArrayList<String>();
        text.add(o.type().label() + " · " + o.forWhom());
        text.add("Host: " + o.hostName());
        text.add("Join: " + o.meetingLink());
        text.add("Planned in " + o.plannedZone().getId() + ": " + DeadlineFormat.format(o.startsAt(), o.plannedZone()));
        if (cancelled) text.add("Cancelled" + (o.note() == null ? "." : ": " + o.note()));
        else if (o.moved()) text.add("Moved" + (o.note() == null ? "." : ": " + o.note()));
        if (o.booking() == BookingStatus.BOOKED) text.add("You have a place.");
        if (o.booking() == BookingStatus.WAITING)
            text.add("You are number " + o.waitingPosition() + " on the waiting list.");
        return new FeedEvent(
                occurrenceUid(o.occurrenceId()),
                Math.toIntExact(o.sequence()),
                o.startsAt(),
                o.endsAt(),
                o.plannedZone(),
                (cancelled ? "Cancelled: " : "") + o.title(),
                String.join("\n", text),
                o.meetingLink(),
                o.meetingLink(),
                cancelled,
                null);
    }

    /** The assessment's own deadline (cohort and faculty feeds). */
    static FeedEvent deadline(AssessmentRow a) {
        return new FeedEvent(
                deadlineUid(a.id()),
                Math.toIntExact(a.version()),
                a.due(),
                a.due(),
                a.zone(),
                "Due: " + a.title() + " (" + a.moduleCode() + ")",
                description(a, a.cutOffText()),
                null,
                null,
                false,
                ALARM);
    }

    /**
     * A learner's effective deadline: an extension replaces the original time under the same UID, its
     * SEQUENCE raised by the grant's id (grants only get larger ids; the assessment's version only grows).
     */
    static FeedEvent deadline(LearnerDeadline d) {
        var a = d.assessment();
        var extension = d.effective().extension();
        var cutOff = d.effective().cutOff();
        var text = description(a, cutOff == null ? null : DeadlineFormat.format(cutOff, a.zone()));
        if (extension != null) text = "Your extended deadline. " + d.extensionNote() + "\n" + text;
        return new FeedEvent(
                deadlineUid(a.id()),
                Math.toIntExact(a.version() + (extension == null ? 0 : extension.id())),
                d.effective().due(),
                d.effective().due(),
                a.zone(),
                "Due: " + a.title() + " (" + a.moduleCode() + ")" + (extension == null ? "" : ", extended"),
                text,
                null,
                null,
                false,
                ALARM);
    }

    private static String description(AssessmentRow a, @org.jspecify.annotations.Nullable String cutOff) {
        return a.type().label() + ", " + a.weightText() + " of " + a.moduleLabel() + " · " + a.cohortName() + ", term "
                + a.term() + (cutOff == null ? "" : "\nLate submissions accepted until " + cutOff + ".");
    }
}
