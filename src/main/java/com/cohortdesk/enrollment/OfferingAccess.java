package com.cohortdesk.enrollment;

import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one faculty-scope rule, which every feature asks: administrators see every offering; a faculty member
 * sees the offerings they lead (past ones too; an offering's leads are its {@code offering_lead} rows, set
 * up from the module's faculty and edited by administrators), and through them the learners holding a place
 * in one of them (an enrolment of any status), and those offerings' sessions, deadlines, extensions and
 * planner. Nothing else.
 */
@Service
public class OfferingAccess {

    private final OfferingRepository offerings;
    private final CurrentUser currentUser;

    OfferingAccess(OfferingRepository offerings, CurrentUser currentUser) {
        this.offerings = offerings;
        this.currentUser = currentUser;
    }

    /** What the signed-in member of staff may see: every offering, or the offerings they lead. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public OfferingScope scope() {
        if (currentUser.isAdmin()) return OfferingScope.ALL;
        return OfferingScope.of(offerings.findIdsLedBy(currentUser.require().getStaffId()));
    }

    /** Whether the signed-in member of staff may read the offering (and its sessions, deadlines, roster, planner). */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public boolean mayRead(long offeringId) {
        return currentUser.isAdmin()
                || offerings.isLedBy(offeringId, currentUser.require().getStaffId());
    }

    /** Refuses (AccessDeniedException) unless the signed-in member of staff may read the offering. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public void requireReadable(long offeringId) {
        if (!mayRead(offeringId)) throw new AccessDeniedException("Faculty may read only the offerings they lead.");
    }

    /** The ids of the cohorts with an offering the signed-in member of staff may read. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public Set<Long> cohortIdsInScope() {
        var scope = scope();
        if (scope.none()) return Set.of();
        return new TreeSet<>(offerings.findCohortIds(scope.all(), scope.idsForQuery()));
    }

    /**
     * SQL (a sub-select of learner ids) for the learners holding a place in one of the given offerings; the
     * feature that owns the learner roster embeds it, so that a faculty roster page stays one indexed query.
     * Bind one parameter per offering id, in order (none: the sub-select matches nobody).
     */
    public static String learnersInOfferingsSql(Collection<Long> offeringIds) {
        if (offeringIds.isEmpty()) return "select e.learner_id from enrollment e where 1 = 0";
        return "select e.learner_id from enrollment e where e.offering_id in ("
                + String.join(", ", Collections.nCopies(offeringIds.size(), "?")) + ")";
    }
}
