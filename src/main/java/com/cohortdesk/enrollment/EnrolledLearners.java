package com.cohortdesk.enrollment;

import com.cohortdesk.learner.LearnerContact;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published read model for other features' services, which check access first and call it inside their own
 * transactions: who is enrolled in an offering (status {@code ENROLLED}: not withdrawn, completed or failed). Other
 * features use it instead of querying the {@code Enrollment} entity.
 */
@Component
public class EnrolledLearners {

    private final EnrollmentRepository enrollments;

    EnrolledLearners(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    /** The learners enrolled in an offering, by name. */
    @Transactional(readOnly = true)
    public List<LearnerContact> of(long offeringId) {
        return enrollments.findEnrolledContacts(offeringId);
    }

    /** How many learners each offering has enrolled; offerings without any are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Long> counts(Collection<Long> offeringIds) {
        var counts = new HashMap<Long, Long>();
        if (!offeringIds.isEmpty())
            enrollments.countEnrolled(offeringIds).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** The offerings a learner is enrolled in. */
    @Transactional(readOnly = true)
    public List<Long> offeringsOf(long learnerId) {
        return enrollments.findEnrolledOfferingIds(learnerId);
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(long offeringId, long learnerId) {
        return enrollments.countEnrolled(offeringId, learnerId) > 0;
    }
}
