package com.cohortdesk.notice;

import com.cohortdesk.audit.AuditChange;
import com.cohortdesk.audit.AuditWriter;
import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as staff see it: administrators every notice, faculty the notices about the sessions they host
 * and the offerings they lead ({@link OfferingAccess}). Filtered, sorted and paged in the database.
 * Administrators resend failed notices and pause or resume sending.
 */
@Service
public class OutboxService {

    private final NoticeRepository notices;
    private final NoticeSettings settings;
    private final NoticeDispatcher dispatcher;
    private final OfferingAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditWriter audit;
    private final OutboxQuery rows;

    OutboxService(
            NoticeRepository notices,
            NoticeSettings settings,
            NoticeDispatcher dispatcher,
            OfferingAccess access,
            CurrentUser currentUser,
            Clock clock,
            AuditWriter audit,
            OutboxQuery rows) {
        this.audit = audit;
        this.rows = rows;
        this.notices = notices;
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The notices {@code [offset, offset + limit)} (at most 500) in the given order, newest first unless a sort is
     * given; filtered, sorted and cut in the database, without a count (the grid's offset and limit are used
     * exactly, whether or not the offset is a multiple of the limit).
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<OutboxRow> page(OutboxFilter filter, int offset, int limit, Map<OutboxSort, Boolean> ascending) {
        if (limit <= 0) return List.of();
        return rows.rows(spec(filter), ascending, Math.max(0, offset), Math.min(limit, 500));
    }

    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public long count(OutboxFilter filter) {
        return notices.count(spec(filter));
    }

    /** One notice as sent; faculty only those in their scope. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public NoticeDetails get(long id) {
        var n = readable(id);
        return new NoticeDetails(
                OutboxRow.of(n),
                n.getMessageId(),
                n.getRecipientZone(),
                n.getBodyText(),
                n.getBodyHtml(),
                n.getIcs(),
                n.getKind().optional());
    }

    /** Sends a failed notice again (a fresh round of tries, the same Message-ID). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void resend(long id) {
        var n = notices.findById(id).orElseThrow(() -> new RuleViolation("There is no notice with id " + id + "."));
        if (n.getStatus() != NoticeStatus.FAILED) throw new RuleViolation("Only a failed notice can be sent again.");
        int tries = n.getTries();
        n.resend(clock.instant());
        // notices are not audited per row (system output): the administrator's resend is, with the notice it concerns
        audit.record(
                List.of(AuditChange.updated("Notice", id, "status", NoticeStatus.FAILED, NoticeStatus.PENDING)),
                "Failed notice sent again (" + n.getKind().name() + ", " + recipientRef(n) + ", after " + tries
                        + " tries)");
    }

    private static String recipientRef(Notice n) {
        return n.getLearnerId() != null
                ? "Learner#" + n.getLearnerId()
                : n.getStaffId() != null ? "StaffUser#" + n.getStaffId() : "no account";
    }

    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public boolean paused() {
        return settings.paused();
    }

    /** Whether this node can send at all (a mail server is configured). */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    public boolean sendingConfigured() {
        return dispatcher.canSend();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setPaused(boolean paused) {
        boolean before = settings.paused();
        if (before == paused) return;
        settings.set(NoticeSettings.PAUSED, Boolean.toString(paused));
        audit.record(
                List.of(AuditChange.updated("NoticeSetting", NoticeSettings.PAUSED, "paused", before, paused)),
                paused ? "Sending of notices paused" : "Sending of notices resumed");
    }

    /** How many notices stand at each status (the dashboard shows the failures). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public Map<NoticeStatus, Long> countsByStatus() {
        var counts = new TreeMap<NoticeStatus, Long>();
        for (var s : NoticeStatus.values()) counts.put(s, 0L);
        notices.countByStatuses().forEach(r -> counts.put((NoticeStatus) r[0], (Long) r[1]));
        return counts;
    }

    private Notice readable(long id) {
        var n = notices.findById(id).orElseThrow(() -> new RuleViolation("There is no notice with id " + id + "."));
        if (currentUser.isAdmin()) return n;
        long me = currentUser.require().getStaffId();
        var mine = (n.getHostId() != null && n.getHostId() == me)
                || (n.getStaffId() != null && n.getStaffId() == me)
                || (n.getOfferingId() != null && access.mayRead(n.getOfferingId()));
        if (!mine)
            throw new AccessDeniedException(
                    "Faculty may read only the notices about their own sessions and offerings.");
        return n;
    }

    private Specification<Notice> spec(@org.jspecify.annotations.Nullable OutboxFilter given) {
        var scope = access.scope();
        return OutboxSpecs.of(
                given == null ? OutboxFilter.NONE : given,
                scope.all() ? null : currentUser.require().getStaffId(),
                scope.offeringIds());
    }
}
