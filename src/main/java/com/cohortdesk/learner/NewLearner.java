package com.cohortdesk.learner;

import java.time.ZoneId;

/** A learner to add to a cohort. */
public record NewLearner(
        long cohortId, String fullName, String email, String country, ZoneId timeZone, LearnerStatus status) {}
