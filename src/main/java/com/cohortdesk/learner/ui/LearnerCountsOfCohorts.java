package com.cohortdesk.learner.ui;

import com.cohortdesk.cohort.ui.CohortLearnerCounts;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cohort pages' learner counts by status, from the learner feature. */
@SpringComponent
class LearnerCountsOfCohorts implements CohortLearnerCounts {

    private final LearnerService learners;

    LearnerCountsOfCohorts(LearnerService learners) {
        this.learners = learners;
    }

    @Override
    public List<Status> statuses() {
        return Arrays.stream(LearnerStatus.values())
                .map(s -> new Status(s.name(), s.label()))
                .toList();
    }

    @Override
    public Map<Long, Map<String, Long>> byCohort() {
        var result = new HashMap<Long, Map<String, Long>>();
        learners.countsByCohort().forEach((cohort, counts) -> {
            var byKey = new LinkedHashMap<String, Long>();
            counts.forEach((status, count) -> byKey.put(status.name(), count));
            result.put(cohort, byKey);
        });
        return result;
    }
}
