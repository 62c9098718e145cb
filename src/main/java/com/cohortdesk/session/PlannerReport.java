package com.cohortdesk.session;

import java.util.List;

/** The planner's answer for an offering: the proposed slot, each learner's local time, and the best three slots. */
public record PlannerReport(
        String offeringLabel,
        String termLabel,
        int learners,
        TimeZonePlanner.Evaluation proposed,
        List<LearnerFit> perLearner,
        List<TimeZonePlanner.Evaluation> best,
        long millis) {

    /** One learner and how the proposed slot falls for them. */
    public record LearnerFit(String fullName, String timeZone, String localTime, int suitableWeeks, int weeks) {}
}
