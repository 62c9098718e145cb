package com.cohortdesk.learner;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published read model for other features' services, which check access first and call it inside their own
 * transactions: learners' contacts by id and whether a learner is active. Other features use it instead of
 * querying the {@code Learner} entity.
 */
@Component
public class LearnerContacts {

    private final LearnerRepository learners;

    LearnerContacts(LearnerRepository learners) {
        this.learners = learners;
    }

    @Transactional(readOnly = true)
    public List<LearnerContact> of(Collection<Long> learnerIds) {
        return learnerIds.isEmpty() ? List.of() : learners.findContacts(learnerIds);
    }

    @Transactional(readOnly = true)
    public boolean isActive(long learnerId) {
        return learners.countWithStatus(learnerId, LearnerStatus.ACTIVE) > 0;
    }
}
