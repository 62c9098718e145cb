package com.cohortdesk.enrollment;

import java.util.List;

/** A learner's six terms × modules, and the programme rules' verdict on them. */
public record LearnerPlan(String learner, List<PlanEntry> entries, List<String> problems) {

    public List<PlanEntry> term(int term) {
        return entries.stream().filter(e -> e.term() == term).toList();
    }
}
