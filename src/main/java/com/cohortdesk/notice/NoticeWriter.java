package com.cohortdesk.notice;

import com.cohortdesk.assessment.ExtensionGranted;
import com.cohortdesk.learner.LearnerStatusChanged;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.session.SessionNoticeEvent;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    NoticeWriter(NoticeRepository notices, NamedParameterJdbcTemplate jdbc, Clock clock,
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
        var withIcs = e.kind() != SessionNoticeEvent.Kind.BOOKING_CANCELLED && e.kind() != SessionNoticeEvent.Kind.WAITING;
        for (var a : e.recipients()) {
            var recipient = Recipient.learner(a.learnerId(), a.fullName(), a.email(), a.timeZone());
            var content = NoticeComposer.session(e, a.fullName(), recipient.zone(), a.waitingPosition());
            var ics = withIcs ? NoticeIcs.write(e, fromAddress, a.email(), clock.instant()) : null;
            queue(kind, recipient, content, "OCCURRENCE", e.occurrenceId(), ics, e.offeringId(), e.hostId());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ExtensionGranted e) {
        for (var recipient : learners(e.learnerIds())) {
            queue(NoticeKind.EXTENSION_GRANTED, recipient, NoticeComposer.extension(e, recipient.name(), recipient.zone()),
                    "ASSESSMENT", e.assessmentId(), null, e.offeringId(), null);
        }
    }

    /** Deferral and withdrawal are told to the learner; their pending reminders stop at once. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LearnerStatusChanged e) {
        if (e.action() != StatusAction.WITHDRAW && e.action() != StatusAction.INTERRUPT) return;
        var withdrawn = e.action() == StatusAction.WITHDRAW;
        for (var recipient : learners(List.of(e.learnerId()))) {
            queue(withdrawn ? NoticeKind.LEARNER_WITHDRAWN : NoticeKind.LEARNER_DEFERRED, recipient,
                    NoticeComposer.statusChange(withdrawn, recipient.name(), e.reason(), e.cohortName()), "LEARNER", e.learnerId(),
                    null, null, null);
        }
        notices.suppressRemindersOf(e.learnerId(), withdrawn ? "The learner withdrew." : "The learner's studies were interrupted.");
    }

    /** Renders and writes one notice row, due now. */
    Notice queue(NoticeKind kind, Recipient recipient, NoticeContent content, String causeType, @Nullable Long causeId,
            @Nullable String ics, @Nullable Long offeringId, @Nullable Long hostId) {
        var now = clock.instant();
        var notice = new Notice(kind, recipient, content.subject(), causeType, causeId, now, now);
        var rendered = templates.render(content);
        notice.setBody(content.subject(), rendered.text(), rendered.html());
        notice.setIcs(ics);
        notice.setScope(offeringId, hostId);
        if (recipient.learnerId() != null && erased(recipient.learnerId())) notice.suppress("The learner's personal data was erased.");
        return notices.save(notice);
    }

    /** An erased learner receives nothing: the notice is kept as suppressed (without their name, which is already gone). */
    private boolean erased(long learnerId) {
        return Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject(
                "select case when erased_at is null then false else true end from learner where id = ?", Boolean.class, learnerId));
    }

    List<Recipient> learners(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<String, Object> params = Map.of("ids", ids);
        return jdbc.query("select id, full_name, email, time_zone from learner where id in (:ids) order by id", params,
                (rs, i) -> Recipient.learner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .stream().collect(Collectors.toList());
    }
}
