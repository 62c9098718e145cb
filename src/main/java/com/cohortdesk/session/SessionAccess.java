package com.cohortdesk.session;

import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.shared.RuleViolation;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read or change an occurrence, for the session services (which own the transaction): administrators all;
 * faculty those of the offerings they lead ({@link OfferingAccess}) and the programme-wide ones they host, and change
 * only those they host; a learner's personal link only the office hours of the learner's own offerings.
 */
@Component
class SessionAccess {

    private final OccurrenceRepository occurrences;
    private final SessionLearners learners;
    private final CurrentUser currentUser;
    private final OfferingAccess access;

    SessionAccess(
            OccurrenceRepository occurrences,
            SessionLearners learners,
            CurrentUser currentUser,
            OfferingAccess access) {
        this.occurrences = occurrences;
        this.learners = learners;
        this.currentUser = currentUser;
        this.access = access;
    }

    SessionOccurrence readable(long occurrenceId) {
        var occurrence = occurrences
                .findWithSession(occurrenceId)
                .orElseThrow(() -> new RuleViolation("There is no session with id " + occurrenceId + "."));
        if (currentUser.isAdmin()) return occurrence;
        var link = currentUser.learnerLink();
        if (link.isPresent()) {
            var offeringId = occurrence.getSession().getOfferingId();
            if (occurrence.getSession().getType() != SessionType.OFFICE_HOUR
                    || offeringId == null
                    || !learners.isEnrolled(offeringId, link.get().learnerId())) {
                throw new AccessDeniedException(
                        "A personal link books only the office hours of the learner's own offerings.");
            }
            return occurrence;
        }
        var offeringId = occurrence.getSession().getOfferingId();
        if (offeringId != null ? !access.mayRead(offeringId) : !hostedByMe(occurrence)) {
            throw new AccessDeniedException(
                    offeringId != null
                            ? "Faculty may open only the sessions of the offerings they lead."
                            : "Faculty may open only the programme-wide sessions they host.");
        }
        return occurrence;
    }

    SessionOccurrence lockedReadable(long occurrenceId) {
        occurrences.findForUpdate(occurrenceId);
        return readable(occurrenceId);
    }

    /** Read, locked, hosted by the caller (or the caller is an administrator) and still at the given version. */
    SessionOccurrence editable(long occurrenceId, long version) {
        var occurrence = lockedReadable(occurrenceId);
        if (!currentUser.isAdmin() && !hostedByMe(occurrence)) {
            throw new AccessDeniedException("Faculty may cancel or move only the sessions they host.");
        }
        if (occurrence.getVersion() != version)
            throw new ObjectOptimisticLockingFailureException(SessionOccurrence.class, occurrenceId);
        return occurrence;
    }

    /** A personal link's holder books and cancels for their own learner only. */
    void requireOwnLearnerIfLink(long learnerId) {
        var link = currentUser.learnerLink();
        if (link.isPresent() && link.get().learnerId() != learnerId) {
            throw new AccessDeniedException("A personal link books only for its own learner.");
        }
    }

    boolean hostedByMe(SessionOccurrence occurrence) {
        return occurrence.getSession().getHostId() == currentUser.require().getStaffId();
    }
}
