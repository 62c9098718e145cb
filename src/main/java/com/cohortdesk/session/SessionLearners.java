package com.cohortdesk.session;

import com.cohortdesk.enrollment.EnrolledLearners;
import com.cohortdesk.learner.LearnerContact;
import com.cohortdesk.learner.LearnerContacts;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The learners the session services need (an offering's enrolled learners, names and addresses, eligibility to book),
 * through the read models the enrollment and learner features publish.
 */
@Component
class SessionLearners {

    private final EnrolledLearners enrolled;
    private final LearnerContacts contacts;

    SessionLearners(EnrolledLearners enrolled, LearnerContacts contacts) {
        this.enrolled = enrolled;
        this.contacts = contacts;
    }

    /** The learners an offering's session expects (enrolled), by name. */
    List<LearnerLine> expected(long offeringId) {
        return enrolled.of(offeringId).stream().map(SessionLearners::line).toList();
    }

    /** How many learners each offering expects; offerings without any are absent. */
    Map<Long, Long> expectedCounts(Collection<Long> offeringIds) {
        return enrolled.counts(offeringIds);
    }

    List<LearnerLine> learners(Collection<Long> ids) {
        return contacts.of(ids).stream().map(SessionLearners::line).toList();
    }

    /** The offerings the learner is enrolled in. */
    List<Long> offeringsOf(long learnerId) {
        return enrolled.offeringsOf(learnerId);
    }

    boolean isEnrolled(long offeringId, long learnerId) {
        return enrolled.isEnrolled(offeringId, learnerId);
    }

    boolean isActive(long learnerId) {
        return contacts.isActive(learnerId);
    }

    private static LearnerLine line(LearnerContact c) {
        return new LearnerLine(c.learnerId(), c.fullName(), c.email(), c.timeZone());
    }
}
