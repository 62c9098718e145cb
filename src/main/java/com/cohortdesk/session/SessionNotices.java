package com.cohortdesk.session;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link SessionNoticeEvent}s for the session services (the notice feature turns them into notices). */
@Component
class SessionNotices {

    private final OccurrenceRepository occurrences;
    private final SessionReadModels readModels;
    private final SessionLearners learners;
    private final ApplicationEventPublisher events;

    SessionNotices(
            OccurrenceRepository occurrences,
            SessionReadModels readModels,
            SessionLearners learners,
            ApplicationEventPublisher events) {
        this.occurrences = occurrences;
        this.readModels = readModels;
        this.learners = learners;
        this.events = events;
    }

    /** Tells everyone on the occurrence's roster (expected, booked or waiting), after the change is flushed. */
    void toRoster(SessionNoticeEvent.Kind kind, SessionOccurrence occurrence, @Nullable Instant previousStart) {
        occurrences.flush();
        var recipients = readModels.roster(occurrence).stream()
                .filter(l -> l.expected() || l.booking() != null)
                .map(l -> new SessionNoticeEvent.Attendee(
                        l.learnerId(), l.fullName(), l.email(), l.timeZone(), l.waitingPosition()))
                .toList();
        publish(kind, occurrence, previousStart, recipients);
    }

    /** Tells one learner (with their waiting position, 0 when not waiting). */
    void toLearner(SessionNoticeEvent.Kind kind, SessionOccurrence occurrence, long learnerId, int waitingPosition) {
        var recipients = learners.learners(Set.of(learnerId)).stream()
                .map(l -> new SessionNoticeEvent.Attendee(
                        l.learnerId(), l.fullName(), l.email(), l.timeZone(), waitingPosition))
                .toList();
        publish(kind, occurrence, null, recipients);
    }

    private void publish(
            SessionNoticeEvent.Kind kind,
            SessionOccurrence o,
            @Nullable Instant previousStart,
            List<SessionNoticeEvent.Attendee> recipients) {
        if (recipients.isEmpty()) return;
        var session = o.getSession();
        events.publishEvent(new SessionNoticeEvent(
                kind,
                o.getId(),
                session.getId(),
                session.getOfferingId(),
                session.getHostId(),
                session.getType(),
                session.getTitle(),
                SessionReadModels.forWhom(session.getOffering()),
                readModels.hostName(session),
                o.getStartsAt(),
                o.getEndsAt(),
                previousStart,
                session.getPlannedZone(),
                session.getMeetingLink(),
                o.getNote(),
                o.getVersion() + session.getVersion(),
                o.getStatus() == OccurrenceStatus.CANCELLED,
                recipients));
    }
}
