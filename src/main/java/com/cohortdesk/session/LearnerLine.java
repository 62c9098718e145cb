package com.cohortdesk.session;

/** A learner as rosters and the planner show them. */
public record LearnerLine(long learnerId, String fullName, String email, String timeZone) {}
