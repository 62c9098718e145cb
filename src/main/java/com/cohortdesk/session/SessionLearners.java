package com.cohortdesk.session;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The learners the session services need: an offering's enrolled learners, names and addresses, eligibility to book. */
@Component
class SessionLearners {

    private final LiveSessionRepository sessions;

    SessionLearners(LiveSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** The learners an offering's session expects (enrolled), by name. */
    List<LearnerLine> expected(long offeringId) {
        return sessions.findExpected(offeringId);
    }

    /** How many learners each offering expects; offerings without any are absent. */
    Map<Long, Long> expectedCounts(Collection<Long> offeringIds) {
        var counts = new HashMap<Long, Long>();
        if (!offeringIds.isEmpty()) sessions.countExpected(offeringIds).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    List<LearnerLine> learners(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : sessions.findLearners(ids);
    }

    boolean isEnrolled(long offeringId, long learnerId) {
        return sessions.countEnrolled(offeringId, learnerId) > 0;
    }

    boolean isActive(long learnerId) {
        return sessions.countActive(learnerId) > 0;
    }
}
