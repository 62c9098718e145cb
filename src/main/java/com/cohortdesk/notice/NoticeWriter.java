package com.cohortdesk.notice;

import com.cohortdesk.assessment.ExtensionGranted;
import com.cohortdesk.learner.LearnerStatusChanged;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.session.SessionNoticeEvent;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes outbox rows for the changes other features publish, synchronously and inside the publishing
 * transaction ({@code @EventListener}, not after commit): a rolled-back change leaves no notice, and a
 * notice that cannot be written rolls the change back.
 */
@Component
class NoticeWriter {

    private final NoticeRepository notices;
    private final NamedParameterJdbcTemplate jdbc;
    private final NoticeTemplates templates = new NoticeTemplates();
    private final Clock clock;
    private final String fromAddress;

    NoticeWriter(
            NoticeRepository notices,
            NamedParameterJdbcTemplate jdbc,
            Clock clock,
            @Value("${cohortdesk.notices.from:office@cohortdesk.example}") String fromAddress) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
        this.fromAddress = fromAddress;
    }

    String fromAddress() {
        return fromAddress;
    }

    NoticeTemplates templates() {
        return templates;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(SessionNoticeEvent e) {
        var kind = switch (e.kind()) {
            case MOVED -> NoticeKind.OCCURRENCE_MOVED;
            case CANCELLED -> NoticeKind.OCCURRENCE_CANCELLED;
            case LINK_CHANGED -> NoticeKind.MEETING_LINK_CHANGED;
            case BOOKED -> NoticeKind.BOOKING_CONFIRMED;
            case WAITING -> NoticeKind.WAITING_LIST;
            case PROMOTED -> NoticeKind.PROMOTED;
            case BOOKING_CANCELLED -> NoticeKind.BOOKING_CANCELLED;
        };
        var withIcs =
                e.kind() != SessionNoticeEvent.Kind.BOOKING_CANCELLED && e.kind() != SessionNoticeEvent.Kind.WAITING;
        var erased = erasedAmong(e.recipients().stream().map(a -> a.learnerId()).toList());
        for (var a : e.recipients()) {
            var recipient = Recipient.learner(a.learnerId(), a.fullName(), a.email(), a.timeZone());
            var content = NoticeComposer.session(e, a.fullName(), recipient.zone(), a.waitingPosition());
            var ics = withIcs ? NoticeIcs.write(e, fromAddress, a.email(), clock.instant()) : null;
            write(
                    kind,
                    recipient,
                    content,
                    "OCCURRENCE",
                    e.occurrenceId(),
                    ics,
                    e.offeringId(),
                    e.hostId(),
                    erased.contains(a.learnerId()));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ExtensionGranted e) {
        var erased = erasedAmong(e.learnerIds());
        for (var recipient : learners(e.learnerIds())) {
            write(
                    NoticeKind.EXTENSION_GRANTED,
                    recipient,
                    NoticeComposer.extension(e, recipient.name(), recipient.zone()),
                    "ASSESSMENT",
                    e.assessmentId(),
                    null,
                    e.offeringId(),
                    null,
                    erased.contains(recipient.learnerId()));
        }
    }

    /** Deferral and withdrawal are told to the learner; their pending reminders stop at once. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LearnerStatusChanged e) {
        if (e.action() != StatusAction.WITHDRAW && e.action() != StatusAction.INTERRUPT) return;
        var withdrawn = e.action() == StatusAction.WITHDRAW;
        for (var recipient : learners(List.of(e.learnerId()))) {
            queue(
                    withdrawn ? NoticeKind.LEARNER_WITHDRAWN : NoticeKind.LEARNER_DEFERRED,
                    recipient,
                    NoticeComposer.statusChange(withdrawn, recipient.name(), e.reason(), e.cohortName()),
                    "LEARNER",
                    e.learnerId(),
                    null,
                    null,
                    null);
        }
        notices.suppressRemindersOf(
                e.learnerId(), withdrawn ? "The learner withdrew." : "The learner's studies were interrupted.");
    }

    /** Renders and writes one notice row, due now. */
    Notice queue(
            NoticeKind kind,
            Recipient recipient,
            NoticeContent content,
            String causeType,
            @Nullable Long causeId,
            @Nullable String ics,
            @Nullable Long offeringId,
            @Nullable Long hostId) {
        var erased = recipient.learnerId() != null
                && !erasedAmong(List.of(recipient.learnerId())).isEmpty();
        return write(kind, recipient, content, causeType, causeId, ics, offeringId, hostId, erased);
    }

    private Notice write(
            NoticeKind kind,
            Recipient recipient,
            NoticeContent content,
            String causeType,
            @Nullable Long causeId,
            @Nullable String ics,
            @Nullable Long offeringId,
            @Nullable Long hostId,
            boolean erased) {
        var now = clock.instant();
        var notice = new Notice(kind, recipient, content.subject(), causeType, causeId, now, now);
        var rendered = templates.render(content);
        notice.setBody(content.subject(), rendered.text(), rendered.html());
        notice.setIcs(ics);
        notice.setScope(offeringId, hostId);
        if (erased) notice.suppress("The learner's personal data was erased.");
        return notices.save(notice);
    }

    /**
     * Which of these learners were erased, in one query for all the recipients of an event. An erased learner
     * receives nothing: the notice is kept as suppressed (without their name, which is already gone).
     */
    Set<Long> erasedAmong(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.queryForList(
                "select id from learner where id in (:ids) and erased_at is not null",
                Map.of("ids", Set.copyOf(learnerIds)),
                Long.class));
    }

    List<Recipient> learners(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<String, Object> params = Map.of("ids", ids);
        return jdbc
                .query(
                        "select id, full_name, email, time_zone from learner where id in (:ids) order by id",
                        params,
                        (rs, i) -> Recipient.learner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .stream()
                .collect(Collectors.toList());
    }
}
